using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>A value label: its text drawn with the baseline at <see cref="Y"/>, aligned at <see cref="X"/>.</summary>
internal sealed record ValueLabel(float X, float Y, string Text, SKColor Color, bool Bold, TextAlign Align, bool Inside = false)
{
    /// <summary>Another baseline to try when the label's own spot is taken (the other side of a line's point).</summary>
    public float? Alternative { get; init; }

    /// <summary>The box the label's glyphs take, set by the placer.</summary>
    public SKRect Box { get; init; }
}

/// <summary>
/// Puts value labels where none overlaps another or covers a mark (a line's points), as docs/charts.md
/// promises: each label in turn takes its own spot, else its alternative, else it is left out (the alt
/// text and notes keep every value).
/// </summary>
internal static class ValueLabelPlacer
{
    public static IReadOnlyList<ValueLabel> Place(IReadOnlyList<ValueLabel> wanted, ChartText text, float size, SKRect bounds, IReadOnlyList<SKRect> marks)
    {
        var metrics = text.Font(size).Metrics;
        var placed = new List<ValueLabel>();
        foreach (var label in wanted)
        {
            var width = text.Width(label.Text, size, label.Bold);
            foreach (var baseline in new[] { label.Y, label.Alternative }.OfType<float>())
            {
                var box = Box(label, width, baseline, metrics);
                if ((label.Inside || Within(box, bounds)) && !placed.Any(p => p.Box.IntersectsWith(box)) && !marks.Any(m => m.IntersectsWith(box)))
                {
                    placed.Add(label with { Y = baseline, Box = box });
                    break;
                }
            }
        }

        return placed;
    }

    private static SKRect Box(ValueLabel label, float width, float baseline, SKFontMetrics metrics)
    {
        var left = label.Align switch
        {
            TextAlign.Center => label.X - (width / 2),
            TextAlign.Right => label.X - width,
            _ => label.X,
        };
        return new SKRect(left, baseline + metrics.Ascent, left + width, baseline + metrics.Descent);
    }

    private static bool Within(SKRect box, SKRect bounds) =>
        box.Left >= bounds.Left - 0.5f && box.Right <= bounds.Right + 0.5f && box.Top >= bounds.Top - 0.5f && box.Bottom <= bounds.Bottom + 0.5f;
}
