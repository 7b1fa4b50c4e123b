using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Model;

/// <summary>The bound deck: every value checked and converted, no YAML left.</summary>
public sealed record Deck(
    DeckInfo Info,
    SlideSize Size,
    Theme Theme,
    string? Footer,
    bool SlideNumbers,
    bool ChartDataInNotes,
    IReadOnlyList<Slide> Slides,
    Templates.DeckTemplate? Template = null);

/// <summary>Metadata, written to the document properties. <see cref="Date"/> is kept as written.</summary>
public sealed record DeckInfo(string Title, string? Author, string? Organization, string? Event, string? Date);

/// <summary>Slide size in points: 16:9 is 13.333 x 7.5 in, 4:3 is 10 x 7.5 in.</summary>
public sealed record SlideSize(string Name, double Width, double Height)
{
    public static SlideSize Wide { get; } = new("16:9", 960, 540);

    public static SlideSize Standard { get; } = new("4:3", 720, 540);
}

/// <summary>Theme colours as six hex digits without '#'.</summary>
public sealed record Theme(string Font, string Text, string Background, string Accent, string Emphasis)
{
    /// <summary>Arial: every client has it, and the bundled Liberation Sans has the same metrics for measuring.</summary>
    public static Theme Default { get; } = new("Arial", "222222", "FFFFFF", "CC0000", "CC0000");

    /// <summary>The deck's extra font files (<c>theme.fonts</c>), in order: charts draw characters the bundled face lacks from them.</summary>
    public IReadOnlyList<FontFile> Fonts { get; init; } = [];

    /// <summary>
    /// Secondary text (subtitles, captions, sources, footnotes, footers, slide numbers): the text colour
    /// moved up to 35% toward the background, as far as keeps it readable on the background (4.5:1).
    /// </summary>
    public string Muted => Contrast.Furthest(Text, Background, 0.35, c => Contrast.Ratio(c, Background) >= Contrast.Minimum);

    /// <summary>
    /// Every second table row: the background moved up to 7% toward the text, as far as keeps the
    /// text (and the accent and emphasis colours, where they are readable on the background) readable on it.
    /// </summary>
    public string TableBand => Contrast.Furthest(Background, Text, 0.07, band =>
        new[] { Text, Accent, Emphasis }.All(c => Contrast.Ratio(c, Background) < Contrast.Minimum || Contrast.Ratio(c, band) >= Contrast.Minimum));

    /// <summary>The rule under each table row: a fifth of the way from the background to the text.</summary>
    public string TableRule => Contrast.Mix(Background, Text, 0.2);

    /// <summary>
    /// Links: clients draw them in the theme's hyperlink colour, whatever the run says, so that colour
    /// is the accent moved toward the text as little as makes it readable on the background.
    /// </summary>
    public string Link => FixedLink ?? Contrast.Nearest(Accent, Text, c => Contrast.Ratio(c, Background) >= Contrast.Minimum);

    /// <summary>
    /// A link colour that is not derived from the accent: a slide over a background picture keeps the deck's,
    /// or takes its text colour where the deck's would not read (a slide can only send its links to another of
    /// the deck's scheme colours, not to a new one).
    /// </summary>
    public string? FixedLink { get; init; }

    /// <summary>The accent as the colour of large bold text (a statement): WCAG asks 3:1 for text that large.</summary>
    public string AccentText => Contrast.Nearest(Accent, Text, c => Contrast.Ratio(c, Background) >= 3);

    /// <summary>Header text on the accent-filled header row: the background colour if it reads there, else the text colour, else black or white.</summary>
    public string HeaderText => Contrast.FirstReadable(Accent, Background, Text, "FFFFFF", "000000");
}

public enum SlideLayout
{
    Content,
    Title,
    Section,
    Statement,
}

/// <summary>One slide as written. After step expansion, <see cref="Emphasis"/> holds the phrases to emphasise.</summary>
public sealed record Slide(
    SourcePosition Position,
    SlideLayout Layout,
    RichText? Title,
    IReadOnlyList<RichText> Subtitle,
    SlideBody? Body,
    string? Notes,
    RichText? Source,
    RichText? Footnote,
    IReadOnlyList<Step>? Steps)
{
    public IReadOnlyList<string> Emphasis { get; init; } = [];

    /// <summary>A picture filling the whole slide behind everything (<c>background:</c>), or null.</summary>
    public Bodies.Image.PictureFile? Background { get; init; }

    /// <summary>The template layout the slide names by its name in PowerPoint (<c>layout: "Agenda"</c>), or null when it uses one of ours.</summary>
    public Templates.TemplateLayout? TemplateLayout { get; init; }
}

/// <summary>One emphasis step: the phrases shown bold on that copy of the slide.</summary>
public sealed record Step(SourcePosition Position, IReadOnlyList<Phrase> Phrases);

public sealed record Phrase(string Text, SourcePosition Position);

/// <summary>The body of a content slide. Each kind lives in its own folder under Bodies/.</summary>
public abstract record SlideBody(SourcePosition Position)
{
    /// <summary>The text an emphasis step may bold (bullets, paragraphs, table cells).</summary>
    public abstract IEnumerable<RichText> Texts { get; }

    /// <summary>The bodies that hold the content: the body itself, or a columns slide's column bodies.</summary>
    public virtual IEnumerable<SlideBody> Parts => [this];
}
