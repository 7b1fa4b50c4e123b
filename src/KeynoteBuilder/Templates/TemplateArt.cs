using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Templates;

/// <summary>
/// What a template's master or layout draws on every slide that uses it, besides its placeholders, read
/// for the slide renderer (the .pptx carries the parts themselves): its background, then its pictures,
/// lines and shapes in drawing order, in points. <see cref="Undrawn"/> names what is there but not read
/// (a group, a chart, a shape's text...), so the renderer warns about it instead of leaving a silent gap.
/// </summary>
public sealed record TemplateArt(ArtFill? Background, IReadOnlyList<ArtItem> Items, IReadOnlyList<string> Undrawn, bool HidesMasterShapes = false)
{
    public static TemplateArt None { get; } = new(null, [], []);
}

/// <summary>
/// A fill: one colour (six hex digits) or a linear gradient (<see cref="Stops"/>, at <see cref="Angle"/>
/// degrees clockwise from left-to-right), at <see cref="Opacity"/>; or a picture (<see cref="Picture"/>, stretched).
/// </summary>
public sealed record ArtFill(IReadOnlyList<ArtStop> Stops, double Angle = 0, double Opacity = 1, byte[]? Picture = null)
{
    public static ArtFill Solid(string color, double opacity = 1) => new([new ArtStop(0, color)], 0, opacity);
}

/// <summary>A gradient stop: <paramref name="Position"/> from 0 to 1.</summary>
public readonly record struct ArtStop(double Position, string Color, double Opacity = 1);

/// <summary>One drawn thing of a master or layout, its frame in points, turned by <see cref="Rotation"/> degrees clockwise about its centre.</summary>
public abstract record ArtItem(string Name, Box Box)
{
    public double Rotation { get; init; }

    public bool FlipHorizontal { get; init; }

    public bool FlipVertical { get; init; }
}

/// <summary>A picture stretched over its frame.</summary>
public sealed record ArtPicture(string Name, Box Box, byte[] Data) : ArtItem(Name, Box);

/// <summary>
/// A shape: a preset (<c>rect</c>, <c>ellipse</c>, <c>roundRect</c>, <c>line</c>, ...) or custom
/// <see cref="Paths"/>, filled with <see cref="Fill"/> and outlined with <see cref="Line"/> of <see cref="LineWidth"/> points.
/// </summary>
public sealed record ArtShape(string Name, Box Box, string Preset, IReadOnlyList<ArtPath> Paths, ArtFill? Fill, string? Line, double LineWidth) : ArtItem(Name, Box)
{
    /// <summary>The preset's first adjustment (<c>adj</c>) as a fraction (a rounded rectangle's corner: 0.5 rounds its ends fully); null for the preset's default.</summary>
    public double? Adjust { get; init; }
}

/// <summary>A custom geometry path in its own <paramref name="Width"/> x <paramref name="Height"/> units, scaled to the shape's frame.</summary>
public sealed record ArtPath(double Width, double Height, IReadOnlyList<ArtPathStep> Steps, bool Filled = true);

/// <summary>
/// One step: <c>M</c> move, <c>L</c> line, <c>C</c> cubic (three points), <c>Q</c> quadratic (two), <c>Z</c> close;
/// <paramref name="Points"/> as x, y pairs in the path's units.
/// </summary>
public readonly record struct ArtPathStep(char Kind, double[] Points);
