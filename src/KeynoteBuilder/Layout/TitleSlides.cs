using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>The layouts without a body: the title slide, section headers and the closing statement.</summary>
internal static class TitleSlides
{
    public static void PlaceTitle(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme, size) = (context.Slide, context.Theme, context.Deck.Size);
        var titleBox = new Box(frame.Margin, size.Height * 0.20, frame.ContentWidth, size.Height * 0.36);
        if (slide.Title is not null)
        {
            Texts.Place(context, titleBox, TextRole.CenterTitle, [slide.Title], 48, 28, theme.Text, bold: true, align: TextAlign.Center, anchor: VerticalAnchor.Bottom, maxLines: 3);
        }

        context.Add(new RuleShape(context.Name("Title Rule"), new Box((size.Width / 2) - 48, titleBox.Bottom + 10, 96, 5), theme.Accent));
        if (slide.Subtitle.Count > 0)
        {
            var subtitleBox = new Box(frame.Margin, titleBox.Bottom + 30, frame.ContentWidth, size.Height - titleBox.Bottom - 30 - 40);
            Texts.Place(context, subtitleBox, TextRole.Subtitle, slide.Subtitle, 24, 14, theme.Muted, align: TextAlign.Center);
        }
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
            var subtitleBox = new Box(frame.Margin, titleBox.Bottom + 28, frame.ContentWidth, size.Height * 0.25);
            Texts.Place(context, subtitleBox, TextRole.Body, slide.Subtitle, 24, 14, theme.Muted);
        }
    }

    public static void PlaceStatement(LayoutContext context, SlideFrame frame)
    {
        var (slide, theme, size) = (context.Slide, context.Theme, context.Deck.Size);
        if (slide.Title is not null)
        {
            var box = new Box(frame.Margin, size.Height * 0.15, frame.ContentWidth, size.Height * 0.6);
            Texts.Place(context, box, TextRole.Title, [slide.Title], 54, 28, theme.AccentText, bold: true, align: TextAlign.Center, anchor: VerticalAnchor.Middle);
        }
    }
}
