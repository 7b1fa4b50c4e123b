using KeynoteBuilder.Charts;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// What the layout pass produces and the writer consumes: positioned shapes with resolved text sizes.
/// A new slide body kind lays itself out into these, so the writer never changes for it.
/// </summary>
public abstract record Shape(string Name, Box Box)
{
    /// <summary>
    /// On a columns slide, the column (0, 1 or 2 from the left) whose heading or body this shape is; null
    /// elsewhere. A writer with two-content or comparison placeholders maps shapes to them by it.
    /// </summary>
    public int? Column { get; init; }
}

public enum TextRole
{
    /// <summary>The slide's title placeholder (outline view, accessibility).</summary>
    Title,

    /// <summary>A title slide's big centred title.</summary>
    CenterTitle,

    /// <summary>The subtitle placeholder of title and section slides.</summary>
    Subtitle,

    /// <summary>The body placeholder of content slides.</summary>
    Body,

    /// <summary>A plain text box (source lines, footnotes, captions).</summary>
    TextBox,

    /// <summary>A column's heading on a comparison slide (see <see cref="Shape.Column"/>).</summary>
    Heading,

    /// <summary>The deck's footer text, in the layout's footer placeholder.</summary>
    Footer,

    /// <summary>The slide's number, in the layout's slide-number placeholder (a field that counts itself).</summary>
    SlideNumber,
}

public enum TextAlign
{
    Left,
    Center,
    Right,
}

public enum VerticalAnchor
{
    Top,
    Middle,
    Bottom,
}

/// <summary>
/// A paragraph with its resolved size and colour. <paramref name="ExactLineSpacing"/>, in points, pins the
/// distance between its lines (code, where highlight bands must sit behind known lines); 0 is single spacing.
/// </summary>
public sealed record Paragraph(
    IReadOnlyList<TextRun> Runs,
    double Size,
    string Color,
    int Level = 0,
    bool Bullet = false,
    TextAlign Align = TextAlign.Left,
    bool Bold = false,
    double SpaceBefore = 0,
    double ExactLineSpacing = 0);

public sealed record TextShape(string Name, Box Box, TextRole Role, IReadOnlyList<Paragraph> Paragraphs, VerticalAnchor Anchor = VerticalAnchor.Top)
    : Shape(Name, Box)
{
    /// <summary>
    /// Paragraphs that appear one group per click in a slide show (<c>reveal: true</c>), in order; empty
    /// when everything shows at once. A group is a top-level bullet with its children.
    /// </summary>
    public IReadOnlyList<ParagraphGroup> Reveal { get; init; } = [];

    /// <summary>
    /// How much the text's line spacing was reduced to fit (0.1 is 10 percentage points off its spacing),
    /// with its sizes shrunk: normAutofit's lnSpcReduction on a template's placeholder. 0: not reduced.
    /// </summary>
    public double LineSpacingReduction { get; init; }
}

/// <summary>Paragraphs <paramref name="First"/> to <paramref name="Last"/> (0-based, inclusive) of a text shape.</summary>
public readonly record struct ParagraphGroup(int First, int Last);

public sealed record TableCell(IReadOnlyList<TextRun> Runs, TextAlign Align);

public sealed record TableRow(IReadOnlyList<TableCell> Cells, double Height, bool Header);

public sealed record TableShape(string Name, Box Box, IReadOnlyList<double> ColumnWidths, IReadOnlyList<TableRow> Rows, double FontSize)
    : Shape(Name, Box)
{
    /// <summary>On a speaker's template, its table style and the colours it gives; null on the built-in look (colours from the deck's theme).</summary>
    public TableColors? Colors { get; init; }
}

/// <summary>
/// A table in a template's table style (<paramref name="StyleId"/>), with the colours it resolves to on the
/// deck's master: the header row, the first band (every other body row from the first) and the other body
/// rows, the text on each, and the line between cells (null: none).
/// </summary>
public sealed record TableColors(string StyleId, string HeaderFill, string HeaderText, bool HeaderBold, string BandFill, string BodyFill, string BodyText, bool BodyBold, string? Rule)
{
    public string Fill(bool header, int bodyRow) => header ? HeaderFill : bodyRow % 2 == 0 ? BandFill : BodyFill;

    public string Text(bool header) => header ? HeaderText : BodyText;

    public bool Bold(bool header) => header ? HeaderBold : BodyBold;
}

/// <summary>A picture: PNG or JPEG bytes, an optional SVG that PowerPoint prefers, and alt text.</summary>
public sealed record PictureShape(string Name, Box Box, byte[] Data, string ContentType, byte[]? Svg, string AltText)
    : Shape(Name, Box)
{
    /// <summary>How the picture is turned on the slide (a photo's Exif orientation); <see cref="Shape.Box"/> is then the unturned frame.</summary>
    public PictureTurn Turn { get; init; }

    /// <summary>The chart this picture shows, when the chart pass drew it: a renderer can draw it again as vectors.</summary>
    public ChartSpec? Chart { get; init; }

    /// <summary>
    /// What is cut off the stored picture before it is stretched into the frame (<c>fit: cover</c>, a
    /// background); <see cref="PictureCrop.None"/> shows it whole. The shown part keeps the frame's aspect ratio.
    /// </summary>
    public PictureCrop Crop { get; init; }
}

/// <summary>
/// Fractions (0 to 1) of the stored, unturned picture cut off each side: DrawingML's <c>a:srcRect</c>.
/// A renderer draws the rectangle left..(1-right), top..(1-bottom) of the picture into the shape's frame.
/// </summary>
public readonly record struct PictureCrop(double Left, double Top, double Right, double Bottom)
{
    public static PictureCrop None => default;

    public bool IsNone => this == default;
}

/// <summary>
/// A picture mirrored, then turned clockwise by <paramref name="Degrees"/> (0, 90, 180 or 270) about its
/// centre: the order and meaning of DrawingML's <c>flipH</c>, <c>flipV</c> and <c>rot</c>.
/// </summary>
public readonly record struct PictureTurn(int Degrees, bool FlipHorizontal, bool FlipVertical)
{
    /// <summary>Whether the picture shows its width upright: turned a quarter either way.</summary>
    public bool SwapsSides => Degrees is 90 or 270;

    /// <summary>The turn that shows a JPEG the way up its Exif orientation (1 to 8) says.</summary>
    public static PictureTurn FromExif(int orientation) => orientation switch
    {
        2 => new(0, true, false),
        3 => new(180, false, false),
        4 => new(0, false, true),
        5 => new(270, true, false),
        6 => new(90, false, false),
        7 => new(90, true, false),
        8 => new(270, false, false),
        _ => default,
    };
}

/// <summary>A chart waiting for the chart pass, which turns it into a <see cref="PictureShape"/>.</summary>
public sealed record ChartShape(string Name, Box Box, ChartSpec Spec) : Shape(Name, Box);

/// <summary>A thin filled rectangle: the accent rule under a title.</summary>
public sealed record RuleShape(string Name, Box Box, string Color) : Shape(Name, Box);

/// <summary>
/// A rectangle of <paramref name="Color"/> at <paramref name="Opacity"/> (0 to 1) over a background picture,
/// so the slide's text reads on it: the picture shows through, dimmed or lightened.
/// </summary>
public sealed record ScrimShape(string Name, Box Box, string Color, double Opacity) : Shape(Name, Box);

/// <summary>A slide ready to write; <paramref name="Theme"/> is set when the slide's colours differ from the deck's (text over a background picture).</summary>
public sealed record LaidOutSlide(SlideLayout Layout, IReadOnlyList<Shape> Shapes, string? Notes, Theme? Theme = null)
{
    /// <summary>Where the slide was written in the deck, for messages about it after layout (a renderer's warnings).</summary>
    public Diagnostics.SourcePosition? Position { get; init; }

    /// <summary>The template layout the slide names (<c>layout: "Agenda"</c>); null when it is on one of ours (resolved by <see cref="Templates.DeckTemplate.LayoutFor"/>).</summary>
    public Templates.TemplateLayout? TemplateLayout { get; init; }

    /// <summary>
    /// The role of the layout the slide is written on when its body asks for more than <see cref="Layout"/>
    /// says (two columns: two-column or comparison, see <see cref="Templates.LayoutRoles.Of(LaidOutSlide)"/>); null: <see cref="Layout"/>'s own.
    /// </summary>
    public Templates.LayoutRole? Role { get; init; }
}

/// <summary>The whole deck ready to write.</summary>
public sealed record LaidOutDeck(Deck Deck, IReadOnlyList<LaidOutSlide> Slides)
{
    /// <summary>
    /// The fitter the layout measured this deck's text with: a renderer wraps each paragraph with it, so it
    /// draws the line breaks the layout counted (whatever fonts and break rules the layout measures with).
    /// </summary>
    public TextFitter? Fitter { get; init; }
}
