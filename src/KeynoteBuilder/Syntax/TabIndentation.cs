using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Finds tabs in indentation before parsing: YamlDotNet reports them at 1:1 or as an unrelated
/// syntax error, while a speaker needs the line that has the tab. A tab inside a block scalar
/// (<c>text: |</c>, <c>notes: &gt;</c>) after the block's own indentation is content, as YAML says:
/// a Makefile recipe or gofmt'd Go keeps its tabs; the block's indentation itself must be spaces.
/// </summary>
public static class TabIndentation
{
    public static bool Check(string file, string text, DiagnosticBag diagnostics)
    {
        var ok = true;
        var line = 1;
        var lineStart = 0;
        var block = BlockScalar.None;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0)
            {
                end = text.Length;
            }

            var spaces = 0;
            while (lineStart + spaces < end && text[lineStart + spaces] == ' ')
            {
                spaces++;
            }

            var indent = lineStart + spaces;
            while (indent < end && text[indent] is ' ' or '\t')
            {
                indent++;
            }

            var blank = indent == end || text[indent] == '\r';
            if (!blank)
            {
                block = block.Next(spaces);
            }

            if (!blank && !block.Holds(spaces))
            {
                var tab = text.IndexOf('\t', lineStart, indent - lineStart);
                if (tab >= 0 && text[indent] != '#')
                {
                    diagnostics.Error(Codes.TabIndentation, new SourcePosition(file, line, tab - lineStart + 1),
                        "a tab is used for indentation; YAML indents with spaces only, replace the tab with spaces");
                    ok = false;
                }

                block = BlockScalar.StartedBy(text, lineStart, end);
            }

            line++;
            lineStart = end + 1;
        }

        return ok;
    }

    /// <summary>
    /// The block scalar being read: its parent's indentation, and its content indentation once a
    /// line with text has set it (or its header's indentation indicator did).
    /// </summary>
    private readonly record struct BlockScalar(bool Open, int Parent, int? Content)
    {
        public static BlockScalar None => default;

        /// <summary>The state after a line with text that has <paramref name="spaces"/> leading spaces.</summary>
        public BlockScalar Next(int spaces)
        {
            if (!Open)
            {
                return this;
            }

            // YAML takes the block's indentation from its first line with text; a line indented
            // no deeper than the parent (or less than the block) ends it.
            var content = Content ?? spaces;
            return content > Parent && spaces >= content ? this with { Content = content } : None;
        }

        /// <summary>Whether a line with <paramref name="spaces"/> leading spaces is this block's text (after <see cref="Next"/>).</summary>
        public bool Holds(int spaces) => Open && Content is { } content && spaces >= content;

        /// <summary>
        /// The block a line opens when its value is a block scalar header (<c>key: |</c>, <c>- &gt;-</c>,
        /// <c>key: !tag |2 # note</c>), else <see cref="None"/>. The parent is the key's column, or the
        /// dash's for a list item, as YAML counts it; an indicator alone on its line counts from itself.
        /// </summary>
        public static BlockScalar StartedBy(string text, int lineStart, int end)
        {
            var line = text.AsSpan(lineStart, end - lineStart).TrimEnd('\r');
            var at = 0;
            while (at < line.Length && line[at] == ' ')
            {
                at++;
            }

            var parent = at - 1;
            while (at < line.Length && line[at] == '-' && (at + 1 == line.Length || line[at + 1] is ' ' or '\t'))
            {
                parent = at;
                at = SkipBlanks(line, at + 1);
            }

            var colon = KeyEnd(line, at);
            if (colon >= 0)
            {
                parent = at;
                at = SkipBlanks(line, colon + 1);
            }

            while (at < line.Length && line[at] is '!' or '&')
            {
                var gap = line[at..].IndexOfAny(' ', '\t');
                if (gap < 0)
                {
                    return None;
                }

                at = SkipBlanks(line, at + gap);
            }

            return Header(line[at..], parent);
        }

        /// <summary>The block a header (<c>|</c> or <c>&gt;</c>, then at most a chomping and an indentation indicator, then a comment) opens.</summary>
        private static BlockScalar Header(ReadOnlySpan<char> header, int parent)
        {
            if (header.Length == 0 || header[0] is not '|' and not '>')
            {
                return None;
            }

            int? content = null;
            var at = 1;
            for (; at < header.Length && at <= 2 && header[at] is '+' or '-' or (>= '1' and <= '9'); at++)
            {
                content = header[at] is >= '1' and <= '9' ? Math.Max(parent, 0) + header[at] - '0' : content;
            }

            var rest = header[at..];
            var trimmed = rest.TrimStart(" \t");
            var ends = trimmed.Length == 0 || (trimmed[0] == '#' && trimmed.Length < rest.Length);
            return ends ? new BlockScalar(true, parent, content) : None;
        }

        /// <summary>The offset of the colon that ends a mapping key starting at <paramref name="at"/> (plain or quoted), or -1.</summary>
        private static int KeyEnd(ReadOnlySpan<char> line, int at)
        {
            if (at >= line.Length || line[at] is '|' or '>' or '#' or '!' or '&' or '[' or '{')
            {
                return -1;
            }

            var from = at;
            if (line[at] is '"' or '\'')
            {
                var close = line[(at + 1)..].IndexOf(line[at]);
                if (close < 0)
                {
                    return -1;
                }

                from = at + close + 2;
            }

            for (var i = from; i < line.Length; i++)
            {
                if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                {
                    return i;
                }

                if (line[i] == '#' && line[i - 1] is ' ' or '\t')
                {
                    return -1;
                }
            }

            return -1;
        }

        private static int SkipBlanks(ReadOnlySpan<char> line, int at)
        {
            while (at < line.Length && line[at] is ' ' or '\t')
            {
                at++;
            }

            return at;
        }
    }
}
