namespace KeynoteBuilder.Charts;

/// <summary>
/// Powers of ten such as "×10⁻¹⁴" are written with Unicode superscripts (what alt text and notes read),
/// but the bundled face has no ⁰ or ⁻ glyph: chart text draws superscript runs as ordinary digits,
/// smaller and raised, instead.
/// </summary>
internal static class Superscript
{
    /// <summary>Size of a raised run against the line's size.</summary>
    public const float Scale = 0.65f;

    /// <summary>How far a raised run's baseline sits above the line's, in ems of the line's size.</summary>
    public const float Rise = 0.38f;

    private const string Raised = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
    private const string Plain = "0123456789\u2212";

    public static ReadOnlySpan<char> Characters => Raised;

    /// <summary>The text in runs of plain and raised characters, the raised ones mapped back to ordinary glyphs.</summary>
    public static IEnumerable<(string Text, bool Raised)> Runs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var raised = Raised.Contains(text[start], StringComparison.Ordinal);
            var end = start;
            while (end < text.Length && Raised.Contains(text[end], StringComparison.Ordinal) == raised)
            {
                end++;
            }

            var run = text[start..end];
            yield return raised ? (string.Concat(run.Select(c => Plain[Raised.IndexOf(c, StringComparison.Ordinal)])), true) : (run, false);
            start = end;
        }
    }
}
