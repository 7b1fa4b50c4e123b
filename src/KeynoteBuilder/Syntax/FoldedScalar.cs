namespace KeynoteBuilder.Syntax;

/// <summary>
/// Finds plain text that YAML folded from several lines although the lines look like structure:
/// a continuation line that reads as a list item (<c>- Sub</c>) or a key (<c>key:</c>), or a first
/// line that ends in a colon. The speaker meant a nested list or a key, and would otherwise get
/// one long line without a word (<see cref="StarWords"/> prevents the commonest cause; this
/// reports what is left, wherever it is).
/// </summary>
internal static class FoldedScalar
{
    /// <summary>What a folded scalar looks like: the first line's key (if it ends with a colon) and the first line that looks like structure.</summary>
    /// <param name="KeyEnd">Offset of the colon that ends the first line, or -1.</param>
    /// <param name="LineAt">Offset of the first non-space character of the continuation line.</param>
    public readonly record struct Fold(int KeyStart, int KeyEnd, int LineAt, string Line);

    public static Fold? Inspect(string text, int start, int end)
    {
        // The parser's marks can be empty or odd on broken input (an empty tagged value ends before it starts).
        if (start < 0 || end <= start || end > text.Length)
        {
            return null;
        }

        var newline = text.IndexOf('\n', start, end - start);
        if (newline < 0)
        {
            return null;
        }

        var first = text[start..SourceLines.LineEnd(text, start)].TrimEnd();
        var keyEnd = first.EndsWith(':') ? start + first.Length - 1 : -1;
        for (var lineStart = newline + 1; lineStart < end; lineStart = SourceLines.NextLine(text, lineStart))
        {
            var at = lineStart + SourceLines.Indent(text, lineStart);
            var line = text[at..Math.Min(end, SourceLines.LineEnd(text, at))].TrimEnd();
            if (line.Length > 0 && (keyEnd >= 0 || LooksLikeStructure(line)))
            {
                return new Fold(start, keyEnd, at, line);
            }
        }

        return null;
    }

    /// <summary>A list item, or a key: a plain text cannot hold ": " or end in ":", so YAML would have read these as structure.</summary>
    private static bool LooksLikeStructure(string line) =>
        line == "-" || line.StartsWith("- ", StringComparison.Ordinal) || line.EndsWith(':') || line.Contains(": ", StringComparison.Ordinal);
}
