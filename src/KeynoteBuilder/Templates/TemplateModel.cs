using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Templates;

/// <summary>
/// A speaker's template as the compiler sees it, with no Open XML left: the slide size, each master
/// with its layouts and their placeholders (boxes in points, inheritance already resolved), and the
/// package's bytes, which only the writer opens again to copy the parts it needs.
/// </summary>
public sealed record TemplateModel(
    string Name,
    double Width,
    double Height,
    IReadOnlyList<TemplateMaster> Masters,
    bool HasNotesMaster,
    ReadOnlyMemory<byte> Package,
    TemplateTableStyle? TableStyle = null);

/// <summary>One slide master, named as PowerPoint's Slide Master view names it (its <c>cSld</c> name, else its theme's).</summary>
public sealed record TemplateMaster(
    string Name,
    string Part,
    IReadOnlyList<TemplateLayout> Layouts,
    TemplateFonts Fonts,
    bool HasTextStyles,
    TemplateColors? Colors = null)
{
    /// <summary>What the master draws on its slides besides placeholders (for the slide renderer).</summary>
    public TemplateArt Art { get; init; } = TemplateArt.None;
}

/// <summary>The theme's heading (major) and body (minor) Latin typefaces; empty when the theme names none.</summary>
public sealed record TemplateFonts(string Heading, string Body);

/// <summary>One layout: its name in PowerPoint, its <c>type</c> (<c>cust</c> when it gives none), its part, its placeholders.</summary>
public sealed record TemplateLayout(
    string Name,
    string Type,
    string Part,
    IReadOnlyList<TemplatePlaceholder> Placeholders,
    string? MatchingName = null)
{
    /// <summary>What the layout draws on its slides besides placeholders (for the slide renderer).</summary>
    public TemplateArt Art { get; init; } = TemplateArt.None;

    /// <summary>The placeholders that hold content: not date, footer, slide number or header.</summary>
    public IEnumerable<TemplatePlaceholder> ContentPlaceholders => Placeholders.Where(p => !p.IsFooter);
}

/// <summary>
/// One placeholder of a layout: <c>type</c> (<c>obj</c> when none is given), <c>idx</c>, its box in points
/// (the layout's, else the master's of the same type), whether its text runs vertically, and what the
/// layout pass needs to fit text into it: the size of each list level (points) and the text insets.
/// </summary>
public sealed record TemplatePlaceholder(
    string Type,
    int Index,
    Box Box,
    bool Vertical,
    IReadOnlyList<double> LevelSizes,
    TextInsets Insets,
    TemplateText? Text = null)
{
    public bool IsFooter => Type is "dt" or "ftr" or "sldNum" or "hdr";

    public bool IsTitle => Type is "title" or "ctrTitle";

    /// <summary>A body-like placeholder: generic content, text body, or a subtitle.</summary>
    public bool IsBody => Type is "obj" or "body" or "tx";
}

/// <summary>A text box's insets in points: DrawingML's defaults are 7.2 pt left and right, 3.6 pt top and bottom.</summary>
public sealed record TextInsets(double Left, double Top, double Right, double Bottom)
{
    public static TextInsets Default { get; } = new(7.2, 3.6, 7.2, 3.6);
}

/// <summary>A deck's template as bound: the model, the master the deck uses, and the layout each role resolved to.</summary>
public sealed record DeckTemplate(TemplateModel Model, TemplateMaster Master, IReadOnlyDictionary<LayoutRole, ResolvedLayout> Layouts)
{
    /// <summary>Where the deck names its template (<c>template:</c>): warnings about the template's text styles point here.</summary>
    public Diagnostics.SourcePosition? Position { get; init; }

    public ResolvedLayout LayoutFor(Model.SlideLayout layout) => Layouts[LayoutRoles.Of(layout)];

    /// <summary>The layout a slide is written on: the one it names (<c>layout: "Agenda"</c>), else its role's.</summary>
    public TemplateLayout LayoutOf(Model.Slide slide) => slide.TemplateLayout ?? Layouts[LayoutRoles.Of(slide)].Layout;

    /// <summary>The template layout a laid-out slide is written on: the one it names, else the one its role resolved to.</summary>
    public TemplateLayout LayoutOf(Layout.LaidOutSlide slide) => slide.TemplateLayout ?? Layouts[LayoutRoles.Of(slide)].Layout;

    /// <summary>The master's colours; a template read without them (a test's model) has PowerPoint's Office colours.</summary>
    public TemplateColors Colors => Master.Colors ?? TemplateLooks.OfficeColors;

    /// <summary>The colours of a table in the template's default table style (PowerPoint's when it names none we can read).</summary>
    public TableColors TableColors => (Model.TableStyle ?? TemplateTableStyle.MediumStyle2Accent1).ColorsFor(Colors);
}

/// <summary>
/// What text in a placeholder inherits, resolved through the chain PowerPoint follows (the layout
/// placeholder's list style, the master placeholder's of the same kind, the master's title, body or
/// other text style, PowerPoint's defaults): one look per list level, the vertical anchor, and whether
/// it came from real text styles. <see cref="FromStyles"/> is false for a master without
/// <c>p:txStyles</c> (LibreOffice's exports): the looks are then read from the master's prompt text, and
/// a slide must write them out, since PowerPoint would not inherit them.
/// </summary>
public sealed record TemplateText(IReadOnlyList<TemplateLevel> Levels, VerticalAnchor Anchor, bool FromStyles)
{
    /// <summary>The look of list level <paramref name="level"/> (0-based); deeper levels than given take the last.</summary>
    public TemplateLevel At(int level) => Levels[Math.Clamp(level, 0, Levels.Count - 1)];
}

/// <summary>
/// One list level's text look: size in points, colour as six hex digits (scheme colours mapped through
/// the master's colour map onto the theme), bold, alignment, whether paragraphs show a bullet, left
/// margin and first-line indent in points, line spacing as a multiple of single (1 is 100%), space
/// before a paragraph in points, and the Latin typeface (theme references resolved; empty: none named).
/// </summary>
public sealed record TemplateLevel(
    double Size,
    string Color,
    bool Bold,
    TextAlign Align,
    bool Bullet,
    double MarginLeft,
    double Indent,
    double LineSpacing,
    double SpaceBefore,
    string Face);
