using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// The layouts without a body: the title slide, section headers and the closing statement. Each shows
/// every shared key it is given: the subtitle under the title (on a statement, the quote's attribution),
/// and the source and footnote at the bottom, as on a content slide.
/// </summary>
internal static class TitleSlides
{
    /// <summary>Space between a title's rule and the subtitle, and above the small print.</summary>
    private const double Gap = 12;

    public static void PlaceTitle(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme, size) = (context.Slide, context.Theme, context.Deck.Size);
        var titleBox = new Box(frame.Margin, size.Height * 0.20, frame.ContentWidth, size.Height * 0.36);
        if (slide.Title is not null)
        {
            Texts.Place(context, titleBox, TextRole.CenterTitle, [slide.Title], 48, 28, theme.Text, bold: true, align: TextAlign.Center, anchor: VerticalAnchor.Bottom, maxLines: 3);
        }

        context.Add(new RuleShape(context.Name("Title Rule"), new Box((size.Width / 2) - 48, titleBox.Bottom + 10, 96, 5), theme.Accent));
        var bottom = Math.Min(size.Height - 40, SmallPrint.Top(context, frame) - Gap);
        if (slide.Subtitle.Count > 0)
        {
            var subtitleBox = new Box(frame.Margin, titleBox.Bottom + 30, frame.ContentWidth, bottom - titleBox.Bottom - 30);
            Texts.Place(context, subtitleBox, TextRole.Subtitle, slide.Subtitle, 24, 14, theme.Muted, align: TextAlign.Center);
        }

        SmallPrint.Place(context, frame, TextAlign.Center);
    }

    public static void PlaceSection(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme, size) = (context.Slide, context.Theme, context.Deck.Size);
        var titleBox = new Box(frame.Margin, size.Height * 0.25, frame.ContentWidth, size.Height * 0.30);
        if (slide.Title is not null)
        {
            Texts.Place(context, titleBox, TextRole.Title, [slide.Title], 44, 26, theme.Text, bold: true, anchor: VerticalAnchor.Bottom, maxLines: 3);
        }

        context.Add(new RuleShape(context.Name("Title Rule"), new Box(frame.Margin + TextGeometry.InsetX, titleBox.Bottom + 10, 96, 5), theme.Accent));
        if (slide.Subtitle.Count > 0)
        {
            var top = titleBox.Bottom + 28;
            var height = Math.Min(size.Height * 0.25, SmallPrint.Top(context, frame) - Gap - top);
            Texts.Place(context, new Box(frame.Margin, top, frame.ContentWidth, height), TextRole.Body, slide.Subtitle, 24, 14, theme.Muted);
        }

        SmallPrint.Place(context, frame);
    }

    /// <summary>
    /// One big centred sentence. With a subtitle (a quote's attribution), the sentence sits above the middle
    /// and the attribution follows it, centred, in the secondary colour.
    /// </summary>
    public static void PlaceStatement(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme, size) = (context.Slide, context.Theme, context.Deck.Size);
        var attributed = slide.Subtitle.Count > 0;
        var box = attributed
            ? new Box(frame.Margin, size.Height * 0.12, frame.ContentWidth, size.Height * 0.50)
            : new Box(frame.Margin, size.Height * 0.15, frame.ContentWidth, size.Height * 0.6);
        if (slide.Title is not null)
        {
            Texts.Place(context, box, TextRole.Title, [slide.Title], 54, 28, theme.AccentText, bold: true, align: TextAlign.Center,
                anchor: attributed ? VerticalAnchor.Bottom : VerticalAnchor.Middle);
        }

        if (attributed)
        {
            var top = box.Bottom + Gap;
            var height = Math.Min(size.Height * 0.2, SmallPrint.Top(context, frame) - Gap - top);
            Texts.Place(context, new Box(frame.Margin, top, frame.ContentWidth, height), TextRole.Subtitle, slide.Subtitle, 24, 14, theme.Muted, align: TextAlign.Center);
        }

        SmallPrint.Place(context, frame, TextAlign.Center);
    }
}
