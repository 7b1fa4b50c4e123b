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
    private readonly FoldReporter _folds = new(file, text, diagnostics);
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
            _folds.Report(fold, node, InList);
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

    /// <summary>A fold that ends in a syntax error rather than a returned text (see <see cref="FoldReporter.BeforeError"/>).</summary>
    public bool FoldedBeforeError(YamlException ex, YamlDotNet.Core.Tokens.Token? lastToken, YamlDotNet.Core.Tokens.Scalar? lastPlain) =>
        _flowDepth == 0 && _folds.BeforeError(ex, lastToken, lastPlain, InList);

    /// <summary>Whether the next value goes into a list (it is an item), rather than a mapping.</summary>
    private bool InList => _stack.TryPeek(out var parent) && !parent.IsMapping;

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
