using KeynoteBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Builds the tree from parser events with an explicit stack: no recursion, whatever the nesting.
/// It also reads the raw source around each event for the slips the events hide: folded lines,
/// a value that is really a comment, text that starts with <c>*</c>, merge keys.
/// </summary>
/// <param name="text">The source as written, for positions and what the speaker typed.</param>
/// <param name="starPlaceholder">The character <see cref="StarWords"/> put in place of some <c>*</c> in the text the parser reads, if any.</param>
internal sealed class TreeBuilder(string file, string text, DiagnosticBag diagnostics, LoadLimits limits, char? starPlaceholder)
{
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private long _chars;
    private int _flowDepth;
    private int _documents;

    public YamlNode? Root { get; private set; }

    /// <summary>Takes one event; false stops the load (an error was reported).</summary>
    public bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart when ++_documents > 1:
                diagnostics.Error(Codes.MultipleDocuments, Position(e.Start),
                    "a second YAML document starts here; a deck is one document, remove the `---`");
                return false;
            case Scalar scalar:
                return Add(BuildScalar(scalar), scalar.Anchor, e);
            case SequenceStart seq:
                return Push(new Frame(e.Start, seq.Anchor, IsMapping: false, IsFlow: seq.Style == SequenceStyle.Flow));
            case MappingStart map:
                return Push(new Frame(e.Start, map.Anchor, IsMapping: true, IsFlow: map.Style == MappingStyle.Flow));
            case SequenceEnd or MappingEnd:
                var frame = _stack.Pop();
                _flowDepth -= frame.IsFlow ? 1 : 0;
                YamlNode built = frame.IsMapping
                    ? new YamlMapping(Position(frame.Start), (int)frame.Start.Index, (int)e.End.Index, frame.Entries, frame.Size, frame.TextLength)
                    : new YamlSequence(Position(frame.Start), (int)frame.Start.Index, (int)e.End.Index, frame.Items, frame.Size, frame.TextLength);
                return Add(built, frame.Anchor, e, counted: true);
            case AnchorAlias alias:
                return AddAlias(alias);
            default:
                return true;
        }
    }

    private YamlScalar BuildScalar(Scalar scalar)
    {
        var start = Position(scalar.Start);
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        var comment = plain && scalar.Value.Length == 0 && _stack.TryPeek(out var parent) && parent.PendingKey is { } key ? CommentAfter(key) : null;
        var node = new YamlScalar(start, (int)scalar.Start.Index, (int)scalar.End.Index, Restore(scalar.Value), plain) { CommentInstead = comment };
        if (plain && _flowDepth == 0 && FoldedScalar.Inspect(text, node.StartIndex, node.EndIndex) is { } fold)
        {
            Report(fold, node);
        }

        return node;
    }

    /// <summary><c>key: #336791</c>: the comment where the value was meant, if the key's line has one right after the colon.</summary>
    private CommentedValue? CommentAfter(YamlScalar key)
    {
        var i = key.EndIndex;
        var lineEnd = SourceLines.LineEnd(text, i);
        while (i < lineEnd && text[i] is ' ')
        {
            i++;
        }

        if (i >= lineEnd || text[i] != ':')
        {
            return null;
        }

        var hash = ++i;
        while (hash < lineEnd && text[hash] is ' ' or '\t')
        {
            hash++;
        }

        return hash > i && hash < lineEnd && text[hash] == '#'
            ? new CommentedValue(key.Value, text[hash..lineEnd].TrimEnd(), key.Start with { Column = key.Start.Column + hash - key.StartIndex })
            : null;
    }

    /// <summary>The value as written: the <c>*</c> that <see cref="StarWords"/> hid from the parser put back.</summary>
    public string Restore(string value) => starPlaceholder is { } c ? value.Replace(c, '*') : value;

    private void Report(FoldedScalar.Fold fold, YamlScalar node)
    {
        var isItem = _stack.TryPeek(out var parent) && !parent.IsMapping;
        var at = SourceLines.PositionAfter(node.Start, node.StartIndex, text, fold.LineAt);
        var what = fold.Line.StartsWith('-') ? "a nested item" : "a key";
        var line = node.Start.Line;
        var fix = (fold.KeyEnd >= 0, isItem) switch
        {
            (true, true) => $"quote the text before the colon on line {line}: `{text[SourceLines.LineStart(text, node.StartIndex)..node.StartIndex].TrimStart()}{SourceLines.Quoted(text[fold.KeyStart..fold.KeyEnd].TrimEnd())}:`",
            (false, true) => $"to nest it, end line {line} with a colon; if it belongs to the text, quote the text",
            _ => "if it is meant as a key or item of its own, line it up with the one above; if it belongs to the text, quote the text",
        };
        diagnostics.Error(Codes.FoldedLines, at,
            $"YAML joins this line to the text that starts on line {node.Start.Line}, so `{Shorten(fold.Line)}` becomes words of that text, not {what}; {fix}");
    }

    /// <summary>
    /// A fold that ends in a syntax error rather than a returned text: the scanner refuses a plain
    /// text with a <c>key:</c> line in it ("found invalid mapping"), starting after the <c>-</c> or
    /// <c>key:</c> the parser last read; or an item ends with a colon and a comment
    /// (<c>- Parallel *apply*:  # note</c>) and its children follow. Reported like a
    /// returned fold; false if the error is not one.
    /// </summary>
    public bool FoldedBeforeError(YamlException ex, YamlDotNet.Core.Tokens.Token? lastToken, YamlDotNet.Core.Tokens.Scalar? lastPlain)
    {
        var errorAt = (int)Math.Min(ex.Start.Index, text.Length);
        if (lastPlain is not null && ColonEndedItem(lastPlain, errorAt) is { } item)
        {
            Report(item, new YamlScalar(Position(lastPlain.Start), item.KeyStart, item.KeyEnd + 1, lastPlain.Value, isPlain: true));
            return true;
        }

        var reason = $"{ex.Message} {ex.InnerException?.Message}";
        if (lastToken is not (YamlDotNet.Core.Tokens.BlockEntry or YamlDotNet.Core.Tokens.Value)
            || !reason.Contains("plain scalar", StringComparison.OrdinalIgnoreCase) || !reason.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var start = (int)lastToken.End.Index;
        while (start < errorAt && text[start] is ' ')
        {
            start++;
        }

        if (FoldedScalar.Inspect(text, start, SourceLines.LineEnd(text, errorAt)) is not { } fold)
        {
            return false;
        }

        Report(fold, new YamlScalar(SourceLines.Position(file, text, start), start, errorAt, "", isPlain: true));
        return true;
    }

    /// <summary>A one-line plain item ending in a colon, the error on a deeper line right below it: a key YamlDotNet did not read as one.</summary>
    private FoldedScalar.Fold? ColonEndedItem(YamlDotNet.Core.Tokens.Scalar scalar, int errorAt)
    {
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        if (_flowDepth > 0 || !scalar.Value.EndsWith(':') || scalar.Start.Line != scalar.End.Line || errorAt < end
            || SourceLines.Indent(text, errorAt) <= SourceLines.Indent(text, start) || !_stack.TryPeek(out var parent) || parent.IsMapping)
        {
            return null;
        }

        var lineAt = SourceLines.LineStart(text, errorAt) + SourceLines.Indent(text, errorAt);
        return SourceLines.OnlyBlankBetween(text, end, errorAt)
            ? new FoldedScalar.Fold(start, end - 1, lineAt, text[lineAt..SourceLines.LineEnd(text, lineAt)].TrimEnd())
            : null;
    }

    private bool AddAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var target))
        {
            var index = (int)alias.Start.Index;
            var rest = SourceLines.RestOfLine(text, index);
            if (_anchors.Count == 0 || name.Contains('*', StringComparison.Ordinal) || name.EndsWith(':') || rest.Length > name.Length + 1)
            {
                diagnostics.Error(Codes.UnquotedIndicator, Position(alias.Start),
                    $"text that starts with * must be quoted, because an unquoted * starts a YAML alias; write `{SyntaxErrors.QuotedLine(text, index)}`");
            }
            else
            {
                diagnostics.Error(Codes.YamlSyntax, Position(alias.Start), $"the alias *{name} refers to no anchor &{name} above it");
            }

            return false;
        }

        if (_nodes + target.Size > limits.MaxNodes)
        {
            diagnostics.Error(Codes.AliasExpansion, Position(alias.Start),
                $"the alias *{name} expands the deck past {limits.MaxNodes:N0} values; write the content out instead of nesting aliases");
            return false;
        }

        if (_chars + target.TextLength > limits.MaxTextChars)
        {
            diagnostics.Error(Codes.AliasTextExpansion, Position(alias.Start),
                $"the alias *{name} repeats {target.TextLength:N0} characters of text, which takes the deck past {limits.MaxTextChars:N0} characters with every alias written out; write that text once instead of repeating it");
            return false;
        }

        _chars += target.TextLength;
        return Add(target, AnchorName.Empty, alias, counted: true, extra: target.Size);
    }

    private bool Push(Frame frame)
    {
        if (_stack.Count >= limits.MaxDepth)
        {
            diagnostics.Error(Codes.NestingTooDeep, Position(frame.Start),
                $"the YAML nests deeper than {limits.MaxDepth} levels here; a deck never needs that, flatten it");
            return false;
        }

        _flowDepth += frame.IsFlow ? 1 : 0;
        _stack.Push(frame);
        return true;
    }

    private bool Add(YamlNode node, AnchorName anchor, ParsingEvent e, bool counted = false, long extra = 1)
    {
        if (!counted || extra > 1)
        {
            _nodes += extra;
        }

        if (!counted && node is YamlScalar scalar)
        {
            _chars += scalar.TextLength;
        }

        if (_nodes > limits.MaxNodes)
        {
            diagnostics.Error(Codes.AliasExpansion, Position(e.Start), $"the deck has more than {limits.MaxNodes:N0} values; it is far larger than any deck");
            return false;
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        if (_stack.Count == 0)
        {
            Root ??= node;
            return true;
        }

        return _stack.Peek().Add(node, diagnostics);
    }

    private SourcePosition Position(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";

    private sealed record Frame(Mark Start, AnchorName Anchor, bool IsMapping, bool IsFlow)
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlScalar? _pendingKey;
        private bool _expectValue;

        public List<YamlNode> Items { get; } = [];

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

        public long Size { get; private set; } = 1;

        public long TextLength { get; private set; }

        /// <summary>The key whose value comes next, if this is a mapping waiting for one.</summary>
        public YamlScalar? PendingKey => _expectValue ? _pendingKey : null;

        public bool Add(YamlNode node, DiagnosticBag diagnostics)
        {
            Size += node.Size;
            TextLength += node.TextLength;
            if (!IsMapping)
            {
                Items.Add(node);
                return true;
            }

            if (!_expectValue)
            {
                _expectValue = true;
                _pendingKey = node as YamlScalar;
                if (_pendingKey is null)
                {
                    diagnostics.Error(Codes.WrongType, node.Start, $"a key must be text, not {node.KindName}");
                }
                else if (_pendingKey is { IsPlain: true, Value: "<<" })
                {
                    diagnostics.Error(Codes.MergeKey, node.Start,
                        "`<<` is a YAML merge key, which a deck does not support; write the keys out in this mapping (an alias can still stand for a whole value)");
                    _pendingKey = null;
                }
                else if (!_keys.Add(_pendingKey.Value))
                {
                    diagnostics.Error(Codes.DuplicateKey, node.Start, $"the key '{_pendingKey.Value}' appears twice in this mapping; keep one");
                    _pendingKey = null;
                }

                return true;
            }

            _expectValue = false;
            if (_pendingKey is not null)
            {
                Entries.Add(new(_pendingKey, node));
            }

            return true;
        }
    }
}
