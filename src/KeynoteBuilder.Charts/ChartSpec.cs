namespace KeynoteBuilder.Charts;

/// <summary>The chart types a deck can ask for.</summary>
public enum ChartKind
{
    Column,
    Bar,
    StackedColumn,
    StackedBar,
    Line,
    Pie,
    Donut,
}

/// <summary>One named row of values, one value per category; NaN is a gap (a line chart's missing point).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>Colours as six hex digits (no '#'), and the theme's font family name.</summary>
public sealed record ChartStyle(string FontFamily, string Text, string Background, string Accent);

/// <summary>
/// Everything the renderer needs to draw one chart. It knows nothing of YAML or pptx:
/// the compiler builds it from a deck's chart body and hands it over with a size.
/// </summary>
public sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    bool Labels,
    string? Unit,
    ChartStyle Style)
{
    /// <summary>Whether the value axis starts at zero (the default); false lets a line chart's axis hug its data.</summary>
    public bool FromZero { get; init; } = true;

    /// <summary>The category axis' title (a CSV's first header), or null for none.</summary>
    public string? CategoryTitle { get; init; }

    /// <summary>The deck's extra font files (<c>theme.fonts</c>), tried in order for characters the bundled face lacks.</summary>
    public IReadOnlyList<FontFile> Fonts { get; init; } = [];

    /// <summary>The series (or slice) colours to use first, in order (a template's accent1 to accent6); empty: the palette from the accent.</summary>
    public IReadOnlyList<string> SeriesColors { get; init; } = [];

    /// <summary>The face chart text is drawn in before the bundled one (a template theme's font, from one of <see cref="Fonts"/>); null: the bundled one.</summary>
    public FontFile? Face { get; init; }
}

/// <summary>A rendered chart: a PNG for every client, an SVG (text as paths) for PowerPoint, and alt text.</summary>
public sealed record ChartImage(byte[] Png, byte[] Svg, int PixelWidth, int PixelHeight, string AltText);

/// <summary>The narrow interface between the compiler and whatever draws charts.</summary>
public interface IChartRenderer
{
    /// <summary>Draws <paramref name="spec"/> for a picture of the given size on the slide, in points.</summary>
    ChartImage Render(ChartSpec spec, double widthPoints, double heightPoints);
}
