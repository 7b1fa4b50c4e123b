using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// The layouts without a body: the title slide, section headers and the closing statement. Each shows
/// every shared key it is given: the subtitle under the title (on a statement, the quote's attribution),
/// and the source and footnote at the bottom, as on a content slide. The boxes are the
/// <see cref="SlideFrame"/>'s, which the built-in master's placeholders also use.
/// </summary>
internal static class TitleSlides
{
    public static void PlaceTitle(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme, size) = (context.Slide, context.Theme, context.Deck.Size);
        var titleBox = frame.CenterTitleBox;
        if (slide.Title is not null)
        {
            Texts.Place(context, titleBox, TextRole.CenterTitle, [slide.Title], TextSizes.CenterTitle, 28, theme.Text, bold: true, align: TextAlign.Center, anchor: VerticalAnchor.Bottom, maxLines: 3);
        }

        context.Add(new RuleShape(context.Name("Title Rule"), new Box((size.Width / 2) - 48, titleBox.Bottom + 10, 96, 5), theme.Accent));
        if (slide.Subtitle.Count > 0)
        {
            Texts.Place(context, frame.TitleSubtitleBox(SmallPrint.Top(context, frame)), TextRole.Subtitle, slide.Subtitle, TextSizes.Subtitle, 14, theme.Muted, align: TextAlign.Center);
        }

        SmallPrint.Place(context, frame, TextAlign.Center);
    }

    public static void PlaceSection(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme) = (context.Slide, context.Theme);
        var titleBox = frame.SectionTitleBox;
        if (slide.Title is not null)
        {
            Texts.Place(context, titleBox, TextRole.Title, [slide.Title], TextSizes.SectionTitle, 26, theme.Text, bold: true, anchor: VerticalAnchor.Bottom, maxLines: 3);
        }

        context.Add(new RuleShape(context.Name("Title Rule"), new Box(frame.Margin + TextGeometry.InsetX, titleBox.Bottom + 10, 96, 5), theme.Accent));
        if (slide.Subtitle.Count > 0)
        {
            Texts.Place(context, frame.SectionBodyBox(SmallPrint.Top(context, frame)), TextRole.Body, slide.Subtitle, TextSizes.Subtitle, 14, theme.Muted);
        }

        SmallPrint.Place(context, frame);
    }

    /// <summary>
    /// One big centred sentence. With a subtitle (a quote's attribution), the sentence sits above the middle
    /// and the attribution follows it, centred, in the secondary colour.
    /// </summary>
    public static void PlaceStatement(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme) = (context.Slide, context.Theme);
        var attributed = slide.Subtitle.Count > 0;
        if (slide.Title is not null)
        {
            Texts.Place(context, frame.StatementBox(attributed), TextRole.Title, [slide.Title], TextSizes.Statement, 28, theme.AccentText, bold: true, align: TextAlign.Center,
                anchor: attributed ? VerticalAnchor.Bottom : VerticalAnchor.Middle);
        }

        if (attributed)
        {
            Texts.Place(context, frame.AttributionBox(SmallPrint.Top(context, frame)), TextRole.Subtitle, slide.Subtitle, TextSizes.Subtitle, 14, theme.Muted, align: TextAlign.Center);
        }

        SmallPrint.Place(context, frame, TextAlign.Center);
    }
}
