using KeynoteBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KeynoteBuilder.Syntax;

/// <summary>Builds the tree from parser events with an explicit stack: no recursion, whatever the nesting.</summary>
internal sealed class TreeBuilder(string file, DiagnosticBag diagnostics, LoadLimits limits)
{
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
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
                var node = new YamlScalar(Position(e.Start), (int)e.Start.Index, (int)e.End.Index, scalar.Value,
                    scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                return Add(node, scalar.Anchor, e);
            case SequenceStart seq:
                return Push(new Frame(e.Start, seq.Anchor, IsMapping: false));
            case MappingStart map:
                return Push(new Frame(e.Start, map.Anchor, IsMapping: true));
            case SequenceEnd or MappingEnd:
                var frame = _stack.Pop();
                YamlNode built = frame.IsMapping
                    ? new YamlMapping(Position(frame.Start), (int)frame.Start.Index, (int)e.End.Index, frame.Entries, frame.Size)
                    : new YamlSequence(Position(frame.Start), (int)frame.Start.Index, (int)e.End.Index, frame.Items, frame.Size);
                return Add(built, frame.Anchor, e, counted: true);
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    diagnostics.Error(Codes.YamlSyntax, Position(e.Start), $"the alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} above it");
                    return false;
                }

                if (_nodes + target.Size > limits.MaxNodes)
                {
                    diagnostics.Error(Codes.AliasExpansion, Position(e.Start),
                        $"the alias *{alias.Value.Value} expands the deck past {limits.MaxNodes:N0} values; write the content out instead of nesting aliases");
                    return false;
                }

                return Add(target, AnchorName.Empty, e, counted: true, extra: target.Size);
            default:
                return true;
        }
    }

    private bool Push(Frame frame)
    {
        if (_stack.Count >= limits.MaxDepth)
        {
            diagnostics.Error(Codes.NestingTooDeep, Position(frame.Start),
                $"the YAML nests deeper than {limits.MaxDepth} levels here; a deck never needs that, flatten it");
            return false;
        }

        _stack.Push(frame);
        return true;
    }

    private bool Add(YamlNode node, AnchorName anchor, ParsingEvent e, bool counted = false, long extra = 1)
    {
        if (!counted || extra > 1)
        {
            _nodes += extra;
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

        return _stack.Peek().Add(node, diagnostics, file);
    }

    private SourcePosition Position(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private sealed record Frame(Mark Start, AnchorName Anchor, bool IsMapping)
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlScalar? _pendingKey;
        private bool _expectValue;

        public List<YamlNode> Items { get; } = [];

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

        public long Size { get; private set; } = 1;

        public bool Add(YamlNode node, DiagnosticBag diagnostics, string file)
        {
            Size += node.Size;
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
