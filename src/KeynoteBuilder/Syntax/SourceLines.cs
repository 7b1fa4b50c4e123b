using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Reads the raw source around a character offset: the loader's messages quote what the speaker
/// typed and compare indentation, which the parser's events do not carry.
/// </summary>
internal static class SourceLines
{
    public static int LineStart(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        return index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
    }

    /// <summary>The offset of the line's end, before its "\r\n" or "\n".</summary>
    public static int LineEnd(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var end = text.IndexOf('\n', index);
        end = end < 0 ? text.Length : end;
        return end > index && text[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>The offset where the line after the one holding <paramref name="index"/> starts, or the text's length.</summary>
    public static int NextLine(string text, int index)
    {
        var newline = text.IndexOf('\n', Math.Clamp(index, 0, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>The 1-based line and column of an offset (counts lines from the start: for messages only).</summary>
    public static SourcePosition Position(string file, string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        return new SourcePosition(file, text.AsSpan(0, index).Count('\n') + 1, index - LineStart(text, index) + 1);
    }

    /// <summary>The position of <paramref name="index"/>, counting lines from a known position at or before it.</summary>
    public static SourcePosition PositionAfter(SourcePosition known, int knownIndex, string text, int index)
    {
        index = Math.Clamp(index, knownIndex, text.Length);
        var lines = text.AsSpan(knownIndex, index - knownIndex).Count('\n');
        return lines == 0 ? known with { Column = known.Column + index - knownIndex } : known with { Line = known.Line + lines, Column = index - LineStart(text, index) + 1 };
    }

    /// <summary>Spaces before the first character of the line that holds <paramref name="index"/>.</summary>
    public static int Indent(string text, int index)
    {
        var start = LineStart(text, index);
        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>The rest of the line from <paramref name="index"/>, without a trailing comment or spaces.</summary>
    public static string RestOfLine(string text, int index)
    {
        var rest = text[index..LineEnd(text, index)];
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? rest : rest[..comment]).TrimEnd();
    }

    /// <summary>Whether the lines after the one holding <paramref name="from"/> and before the one holding <paramref name="to"/> are blank or comments.</summary>
    public static bool OnlyBlankBetween(string text, int from, int to)
    {
        var end = LineStart(text, to);
        for (var line = NextLine(text, from); line < end; line = NextLine(text, line))
        {
            var content = text[line..LineEnd(text, line)].Trim();
            if (content.Length > 0 && content[0] != '#')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text as a double-quoted YAML scalar.</summary>
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
