using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// KeynoteBuilder's own look as a template built like any other: one master with text styles and
/// the usual layouts (PowerPoint's names, types and placeholder indexes), boxes from the
/// <see cref="SlideFrame"/> the layout pass places text in, sizes from <see cref="TextSizes"/> and
/// colours from the deck's <c>theme:</c>. Slides fill the placeholders of their layout, so the deck
/// can be restyled in PowerPoint's Slide Master view and Design tab.
/// </summary>
internal sealed class BuiltInLook : ISlideLook
{
    /// <summary>Space between two columns of the two-content and comparison layouts.</summary>
    private const double ColumnGap = 24;

    /// <summary>Height of a comparison column's heading.</summary>
    private const double HeadingHeight = 40;

    private readonly Dictionary<SlideLayout, LayoutDefinition> _ours;
    private readonly LayoutDefinition _twoContent;
    private readonly LayoutDefinition _comparison;

    public BuiltInLook(Deck deck)
    {
        var frame = new SlideFrame(deck.Size);
        var theme = deck.Theme;
        Colors = new SchemeColors(theme);

        var titleStyle = new TextStyle(TextSizes.Title, theme.Text, Bold: true, Anchor: VerticalAnchor.Bottom, Spaced: false);
        var bodyStyle = new TextStyle(TextSizes.Body, theme.Text, Bullets: true);
        var small = new TextStyle(TextSizes.Small, theme.Muted, Spaced: false);
        var body = frame.BodyBox(frame.BodyTop(false), frame.SmallPrintBottom);
        var dateBox = new Box(frame.FooterBox.Right, frame.FooterTop, frame.NumberBox.X - frame.FooterBox.Right, frame.FooterBox.Height);

        MasterTitle = new PlaceholderSlot("Title Placeholder", "title", null, frame.TitleBox, titleStyle);
        MasterBody = new PlaceholderSlot("Text Placeholder", "body", 1, body, bodyStyle);
        MasterFooters =
        [
            new PlaceholderSlot("Date Placeholder", "dt", 2, dateBox, small with { Align = TextAlign.Center }, Quarter: true),
            new PlaceholderSlot("Footer Placeholder", "ftr", 3, frame.FooterBox, small, Quarter: true),
            new PlaceholderSlot("Slide Number Placeholder", "sldNum", 4, frame.NumberBox, small with { Align = TextAlign.Right }, Quarter: true),
        ];

        // Layouts number their date, footer and slide number 10, 11 and 12, as PowerPoint's do.
        PlaceholderSlot[] footers = [.. MasterFooters.Select((f, i) => f with { Index = 10 + i })];
        static PlaceholderSlot Title(Box box, TextStyle style) => new("Title", "title", null, box, style);
        LayoutDefinition Layout(string name, string? type, params PlaceholderSlot[] placeholders) => new(name, type, [.. placeholders, .. footers]);

        var half = (body.Width - ColumnGap) / 2;
        Box Column(Box box, int side) => box with { X = box.X + (side * (half + ColumnGap)), Width = half };
        var headings = body with { Height = HeadingHeight };
        var underHeadings = body.WithTop(body.Y + HeadingHeight + 6);
        var heading = new TextStyle(TextSizes.Subtitle, theme.Text, Bold: true, Anchor: VerticalAnchor.Bottom);
        var subtitle = new TextStyle(TextSizes.Subtitle, theme.Muted);
        var content = new PlaceholderSlot("Content Placeholder", null, 1, body, bodyStyle);

        var title = Layout("Title Slide", "title",
            new PlaceholderSlot("Title", "ctrTitle", null, frame.CenterTitleBox, titleStyle with { Size = TextSizes.CenterTitle, Align = TextAlign.Center }),
            new PlaceholderSlot("Subtitle", "subTitle", 1, frame.TitleSubtitleBox(frame.SmallPrintBottom), subtitle with { Align = TextAlign.Center }));
        var titleAndContent = Layout("Title and Content", "obj", Title(frame.TitleBox, titleStyle), content);
        var section = Layout("Section Header", "secHead",
            Title(frame.SectionTitleBox, titleStyle with { Size = TextSizes.SectionTitle }),
            new PlaceholderSlot("Text Placeholder", "body", 1, frame.SectionBodyBox(frame.SmallPrintBottom), subtitle));
        var statement = Layout("Statement", null,
            Title(frame.StatementBox(false), titleStyle with { Size = TextSizes.Statement, Color = theme.AccentText, Align = TextAlign.Center, Anchor = VerticalAnchor.Middle }),
            new PlaceholderSlot("Attribution", "body", 1, frame.AttributionBox(frame.SmallPrintBottom), subtitle with { Align = TextAlign.Center }));
        Layouts =
        [
            title,
            titleAndContent,
            section,
            _twoContent = Layout("Two Content", "twoObj", Title(frame.TitleBox, titleStyle),
                content with { Name = "Content Placeholder Left", Box = Column(body, 0) },
                content with { Name = "Content Placeholder Right", Index = 2, Box = Column(body, 1) }),
            _comparison = Layout("Comparison", "twoTxTwoObj", Title(frame.TitleBox, titleStyle),
                new PlaceholderSlot("Text Placeholder Left", "body", 1, Column(headings, 0), heading),
                content with { Name = "Content Placeholder Left", Index = 2, Box = Column(underHeadings, 0) },
                new PlaceholderSlot("Text Placeholder Right", "body", 3, Column(headings, 1), heading),
                content with { Name = "Content Placeholder Right", Index = 4, Box = Column(underHeadings, 1) }),
            Layout("Title Only", "titleOnly", Title(frame.TitleBox, titleStyle)),
            Layout("Blank", "blank"),
            Layout("Picture with Caption", "picTx", Title(frame.TitleBox, titleStyle),
                new PlaceholderSlot("Picture Placeholder", "pic", 1, body with { Width = body.Width * 0.6 }, bodyStyle with { Bullets = false }),
                new PlaceholderSlot("Text Placeholder", "body", 2, body with { X = body.X + (body.Width * 0.6) + ColumnGap, Width = (body.Width * 0.4) - ColumnGap }, subtitle with { Size = 20 })),
            statement,
        ];
        _ours = new()
        {
            [SlideLayout.Content] = titleAndContent,
            [SlideLayout.Title] = title,
            [SlideLayout.Section] = section,
            [SlideLayout.Statement] = statement,
        };
    }

    public SchemeColors Colors { get; }

    /// <summary>The master's title and body placeholders: the text styles' boxes.</summary>
    public PlaceholderSlot MasterTitle { get; }

    public PlaceholderSlot MasterBody { get; }

    /// <summary>The master's date, footer and slide-number placeholders.</summary>
    public IReadOnlyList<PlaceholderSlot> MasterFooters { get; }

    /// <summary>Every layout, in the master's order (PowerPoint's usual one).</summary>
    public IReadOnlyList<LayoutDefinition> Layouts { get; }

    /// <summary>The layout a slide of ours is written on.</summary>
    public LayoutDefinition For(SlideLayout layout) => _ours.TryGetValue(layout, out var definition) ? definition : _ours[SlideLayout.Content];

    /// <summary>The layout a laid-out slide is written on: a two-column slide's is Two Content, a comparison's Comparison.</summary>
    public LayoutDefinition For(LaidOutSlide slide) => slide.Role switch
    {
        LayoutRole.TwoColumn => _twoContent,
        LayoutRole.Comparison => _comparison,
        _ => For(slide.Layout),
    };

    /// <summary>
    /// Column <paramref name="column"/>'s body text in the content placeholder on its side (idx 1 and 2 on
    /// Two Content, 2 and 4 on Comparison) and its heading in the text placeholder above it (idx 1 and 3).
    /// </summary>
    public PlaceholderSlot? ColumnSlot(LayoutRole layout, TextRole role, int column)
    {
        PlaceholderSlot? Find(LayoutDefinition definition, string? type, int index) =>
            column is 0 or 1 ? definition.Placeholders.FirstOrDefault(p => p.Type == type && p.Index == index) : null;
        return (layout, role) switch
        {
            (LayoutRole.TwoColumn, TextRole.Body) => Find(_twoContent, null, 1 + column),
            (LayoutRole.Comparison, TextRole.Body) => Find(_comparison, null, 2 + (2 * column)),
            (LayoutRole.Comparison, TextRole.Heading) => Find(_comparison, "body", 1 + (2 * column)),
            _ => null,
        };
    }

    /// <summary>
    /// The placeholder of <paramref name="layout"/> that text of <paramref name="role"/> goes into; null
    /// when the layout has none for it (the text is then a free text box).
    /// </summary>
    public PlaceholderSlot? Slot(SlideLayout layout, TextRole role)
    {
        var placeholders = For(layout).Placeholders;
        PlaceholderSlot? Find(string? type, int? index) => placeholders.FirstOrDefault(p => p.Type == type && p.Index == index);
        return (layout, role) switch
        {
            (_, TextRole.Footer) => Find("ftr", 11),
            (_, TextRole.SlideNumber) => Find("sldNum", 12),
            (SlideLayout.Title, TextRole.CenterTitle) => Find("ctrTitle", null),
            (SlideLayout.Title, TextRole.Subtitle) => Find("subTitle", 1),
            (SlideLayout.Content, TextRole.Body) => Find(null, 1),
            (SlideLayout.Section, TextRole.Body) => Find("body", 1),
            (SlideLayout.Statement, TextRole.Subtitle) => Find("body", 1),
            (not SlideLayout.Title, TextRole.Title) => Find("title", null),
            _ => null,
        };
    }

    /// <summary>The master placeholder a layout placeholder inherits from: titles from the title, footers from their own type, the rest from the body.</summary>
    public PlaceholderSlot MasterOf(PlaceholderSlot placeholder) => placeholder.Type switch
    {
        "title" or "ctrTitle" => MasterTitle,
        "dt" or "ftr" or "sldNum" => MasterFooters.First(f => f.Type == placeholder.Type),
        _ => MasterBody,
    };
}
