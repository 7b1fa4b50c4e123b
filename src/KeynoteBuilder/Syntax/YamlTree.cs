using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// The deck's YAML as a plain tree with positions. Scalars stay strings exactly as parsed
/// (no coercion: "3.10" stays "3.10", "no" stays "no"); the binder converts with strict rules.
/// Nothing outside this folder knows YamlDotNet.
/// </summary>
public abstract class YamlNode(SourcePosition start, int startIndex, int endIndex)
{
    public SourcePosition Start { get; } = start;

    /// <summary>Character offsets into the source text, to recover text exactly as written.</summary>
    public int StartIndex { get; } = startIndex;

    public int EndIndex { get; } = endIndex;

    /// <summary>Number of nodes in this subtree, counted once per alias use (for the expansion cap).</summary>
    public abstract long Size { get; }

    /// <summary>Characters of text in this subtree, counted once per alias use (for the text expansion cap).</summary>
    public abstract long TextLength { get; }

    /// <summary>What a user calls this kind of value, for messages.</summary>
    public abstract string KindName { get; }
}

public sealed class YamlScalar(SourcePosition start, int startIndex, int endIndex, string value, bool isPlain)
    : YamlNode(start, startIndex, endIndex)
{
    public string Value { get; } = value;

    /// <summary>Unquoted: an empty plain scalar, <c>~</c> or <c>null</c> means "no value".</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// Set when this value is empty only because what follows the key's colon is a comment
    /// (<c>accent: #336791</c>): the speaker meant that text as the value.
    /// </summary>
    public CommentedValue? CommentInstead { get; init; }

    public override long Size => 1;

    public override long TextLength => Value.Length;

    public override string KindName => IsNull ? "an empty value" : "text";
}

public sealed class YamlSequence(SourcePosition start, int startIndex, int endIndex, IReadOnlyList<YamlNode> items, long size, long textLength)
    : YamlNode(start, startIndex, endIndex)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override long Size { get; } = size;

    public override long TextLength { get; } = textLength;

    public override string KindName => "a list";
}

public sealed class YamlMapping(SourcePosition start, int startIndex, int endIndex, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, long size, long textLength)
    : YamlNode(start, startIndex, endIndex)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override long Size { get; } = size;

    public override long TextLength { get; } = textLength;

    public override string KindName => "a mapping";

    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}

/// <summary>The comment that stands where a value was meant: its text (from the <c>#</c>) and where it starts.</summary>
public sealed record CommentedValue(string Key, string Text, SourcePosition At)
{
    /// <summary>The line as the speaker meant it: <c>accent: "#336791"</c>.</summary>
    public string QuotedForm => $"{Key}: {SourceLines.Quoted(Text)}";
}

/// <summary>A loaded source file: its tree and its text (for "as written" recovery).</summary>
public sealed record YamlDocument(string File, string Text, YamlNode Root);
