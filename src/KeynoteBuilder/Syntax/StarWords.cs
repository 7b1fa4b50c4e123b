namespace KeynoteBuilder.Syntax;

/// <summary>
/// Works around a YamlDotNet scanner rule: in a plain text, a word that starts with <c>*</c> (where an
/// alias could start) does not end at <c>": "</c> or a colon at the end of the line. So
/// <c>- Logical decoding on a **standby**:</c> followed by indented children is folded into one text,
/// where the YAML spec (and other parsers) reads a key with a nested list. Before parsing, the
/// <c>*</c> that starts the last word of such an item line is swapped for a placeholder character
/// absent from the file (same length, so every position stays right); the loader swaps it back in
/// every value.
/// </summary>
internal static class StarWords
{
    /// <summary>The text to parse, with the placeholder; null when no line needs it.</summary>
    public static string? Hide(string text, out char placeholder)
    {
        placeholder = UnusedPrivateCharacter(text);

        char[]? hidden = null;
        for (var lineStart = 0; lineStart < text.Length; lineStart = SourceLines.NextLine(text, lineStart))
        {
            var star = ParentStar(text, lineStart);
            if (star >= 0 && HasDeeperLineBelow(text, lineStart))
            {
                hidden ??= text.ToCharArray();
                hidden[star] = placeholder;
            }
        }

        return hidden is null || text.Contains(placeholder, StringComparison.Ordinal) ? null : new string(hidden);
    }

    /// <summary>The first private-use character the text does not hold (one pass, whatever the text holds).</summary>
    private static char UnusedPrivateCharacter(string text)
    {
        var used = new bool['\uF8FF' - '\uE000' + 1];
        foreach (var c in text)
        {
            if (c is >= '\uE000' and <= '\uF8FF')
            {
                used[c - '\uE000'] = true;
            }
        }

        var free = Array.IndexOf(used, false);
        return (char)('\uE000' + Math.Max(free, 0));
    }

    /// <summary>
    /// The offset of the <c>*</c> that starts the last word of an item line <c>- text *word:</c>, or -1.
    /// Only items (not <c>key: value</c> lines), whose text does not itself start with an indicator.
    /// </summary>
    private static int ParentStar(string text, int lineStart)
    {
        var i = lineStart + SourceLines.Indent(text, lineStart);
        if (i + 1 >= text.Length || text[i] != '-' || text[i + 1] != ' ')
        {
            return -1;
        }

        while (i + 1 < text.Length && text[i] == '-' && text[i + 1] == ' ')
        {
            i += 2;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        var content = SourceLines.RestOfLine(text, i);
        if (content.Length < 3 || !content.EndsWith(':') || "*&!|>'\"%@`[{#?-".Contains(content[0], StringComparison.Ordinal)
            || content.Contains(": ", StringComparison.Ordinal))
        {
            return -1;
        }

        var lastWord = content.LastIndexOf(' ') + 1;
        return lastWord > 0 && content[lastWord] == '*' ? i + lastWord : -1;
    }

    /// <summary>Whether the next line with content (not a comment) is indented further than this one.</summary>
    private static bool HasDeeperLineBelow(string text, int lineStart)
    {
        var indent = SourceLines.Indent(text, lineStart);
        for (var next = SourceLines.NextLine(text, lineStart); next < text.Length; next = SourceLines.NextLine(text, next))
        {
            var content = SourceLines.RestOfLine(text, next).Trim();
            if (content.Length > 0 && content[0] != '#')
            {
                return SourceLines.Indent(text, next) > indent;
            }
        }

        return false;
    }
}
