using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>The sizes and colours of one chart, derived from the theme and the picture's size on the slide.</summary>
internal sealed class ChartLook
{
    /// <summary>No chart text is smaller than this on the slide, in points: readable from the back of a room.</summary>
    public const float MinimumTextSize = 12;

    public ChartLook(ChartSpec spec, float width, float height)
    {
        // 16 pt on a full-width chart, never below the minimum on a small one.
        TextSize = Math.Clamp(Math.Min(width / 40, height / 18), MinimumTextSize + 2, 18);
        Padding = TextSize * 0.4f;
        Background = Palette.Parse(spec.Style.Background);
        Text = Palette.Parse(spec.Style.Text);
        MutedText = Palette.Mix(Text, Background, 0.25);
        Grid = Palette.Mix(Text, Background, 0.85);
        Axis = Palette.Mix(Text, Background, 0.45);
        var colours = spec.Kind is ChartKind.Pie or ChartKind.Donut ? spec.Categories.Count : spec.Series.Count;
        // A template's accents first, in its order; more series than it has take the palette's colours after them.
        var palette = Palette.For(spec.Style.Accent, spec.Style.Background, Math.Max(1, colours));
        Series = spec.SeriesColors.Count == 0 ? palette : [.. spec.SeriesColors.Select(Palette.Parse), .. palette.Skip(spec.SeriesColors.Count)];
    }

    /// <summary>Size of labels, ticks and legend, in points.</summary>
    public float TextSize { get; }

    /// <summary>Space kept clear at the picture's edges, so nothing is clipped.</summary>
    public float Padding { get; }

    public SKColor Background { get; }

    public SKColor Text { get; }

    public SKColor MutedText { get; }

    public SKColor Grid { get; }

    public SKColor Axis { get; }

    public IReadOnlyList<SKColor> Series { get; }

    public static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    public static SKPaint Stroke(SKColor color, float width) => new()
    {
        Color = color,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeJoin = SKStrokeJoin.Round,
        StrokeCap = SKStrokeCap.Round,
    };
}
