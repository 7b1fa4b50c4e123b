namespace KeynoteBuilder.Charts;

/// <summary>
/// Category names fitted to the room each category has: wrapped onto up to three lines, shortened
/// with an ellipsis when a word is too long, and thinned to every n-th label when there are too
/// many categories to name them all without overlap. Empty line lists are labels left out.
/// </summary>
internal sealed record CategoryLabels(IReadOnlyList<IReadOnlyList<string>> Lines, int Every)
{
    private const int MaxLines = 3;

    public int LineCount => Lines.Count == 0 ? 0 : Lines.Max(l => l.Count);

    /// <summary>Labels side by side under columns, each centred in a band <paramref name="band"/> wide.</summary>
    public static CategoryLabels Across(IReadOnlyList<string> names, float band, float size, ChartText text)
    {
        var room = band - (size * 0.4f);
        if (room >= size * 2.5f)
        {
            return new(names.Select(n => text.Wrap(n, size, room, MaxLines)).ToList(), 1);
        }

        // Too narrow to wrap: name every n-th category on one line, with room for n bands.
        var widest = Math.Min(names.Max(n => text.Width(n, size)), size * 8);
        var every = (int)Math.Ceiling((widest + (size * 0.6f)) / band);
        return Thinned(names, every, (every * band) - (size * 0.6f), size, text);
    }

    /// <summary>Labels one under another beside bars, each in a band <paramref name="band"/> high and at most <paramref name="width"/> wide.</summary>
    public static CategoryLabels Down(IReadOnlyList<string> names, float band, float width, float size, ChartText text)
    {
        var line = ChartText.LineHeight(size);
        if (band >= line)
        {
            var lines = Math.Clamp((int)Math.Floor(band / line), 1, MaxLines);
            return new(names.Select(n => text.Wrap(n, size, width, lines)).ToList(), 1);
        }

        return Thinned(names, (int)Math.Ceiling(line * 1.1f / band), width, size, text);
    }

    /// <summary>The width the widest label would take on one line, capped at <paramref name="cap"/>.</summary>
    public static float NaturalWidth(IReadOnlyList<string> names, float size, float cap, ChartText text) =>
        Math.Min(names.Count == 0 ? 0 : names.Max(n => text.Width(n, size)), cap);

    private static CategoryLabels Thinned(IReadOnlyList<string> names, int every, float width, float size, ChartText text) =>
        new(names.Select((n, i) => i % every == 0 ? text.Wrap(n, size, width, 1) : (IReadOnlyList<string>)[]).ToList(), every);
}
