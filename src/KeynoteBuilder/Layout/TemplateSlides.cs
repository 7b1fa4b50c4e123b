using KeynoteBuilder.Bodies;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Layout;

/// <summary>
/// Lays a slide out on a speaker's template: the title, subtitle and body go into the boxes of the
/// placeholders of the layout the slide resolved to, at the sizes the template gives them (shrunk only
/// to fit), so the .pptx, text fitting and any renderer agree on where the text is.
/// </summary>
internal static class TemplateSlides
{
    public static void Place(LayoutContext context, DeckTemplate template, SlideFrame frame)
    {
        var slide = context.Slide;
        var slideRole = LayoutRoles.Of(slide);
        var layout = template.Layouts[slideRole].Layout;
        var slots = TemplateSlots.Of(layout);
        var theme = context.Theme;
        var centred = slide.Layout is SlideLayout.Title or SlideLayout.Statement;
        var align = centred ? TextAlign.Center : TextAlign.Left;
        var bottom = SmallPrint.Place(context, frame, align) - 6;

        var titleBox = slots.Title?.Box ?? new Box(frame.Margin, frame.TitleBox.Y, frame.ContentWidth, frame.TitleBox.Height);
        if (slide.Title is not null)
        {
            var size = slots.Title?.LevelSizes[0] ?? 36;
            var role = slide.Layout == SlideLayout.Title && slots.Title?.Type == "ctrTitle" ? TextRole.CenterTitle : TextRole.Title;
            Texts.Place(context, titleBox, role, [slide.Title], size, Math.Min(size, Math.Max(14, size * 0.5)), theme.Text,
                align: align, anchor: slide.Layout == SlideLayout.Content ? VerticalAnchor.Bottom : VerticalAnchor.Middle, maxLines: 3);
        }

        if (slide.Subtitle.Count > 0)
        {
            // On a content slide the subtitle is a line under the title; elsewhere it has the layout's subtitle or body placeholder.
            var subtitle = slide.Layout == SlideLayout.Content ? null : slots.Subtitle ?? slots.Body;
            var box = subtitle?.Box ?? new Box(titleBox.X, titleBox.Bottom + 4, titleBox.Width, Math.Min(40, Math.Max(20, bottom - titleBox.Bottom - 8)));
            var size = subtitle?.LevelSizes[0] ?? 22;
            Texts.Place(context, Clip(box, bottom), subtitle is null ? TextRole.TextBox : TextRole.Subtitle, slide.Subtitle, size, Math.Min(size, 12), theme.Muted, align: align);
            titleBox = subtitle is null ? titleBox with { Height = box.Bottom - titleBox.Y } : titleBox;
        }

        if (slide.Body is not null)
        {
            var area = slots.Body?.Box ?? new Box(titleBox.X, titleBox.Bottom + 12, titleBox.Width, bottom - titleBox.Bottom - 12);
            if (slots.Body is null || slide.Subtitle.Count > 0)
            {
                var top = Math.Max(area.Y, titleBox.Bottom + 8);
                area = area with { Y = top, Height = area.Bottom - top };
            }

            // Two columns go into the two-column or comparison layout's placeholders, side by side.
            context.ColumnPlaces = Bodies.Columns.TemplateColumns.Of(layout, slideRole)?.Places(2)?.Select(p => p with { Body = Clip(p.Body, bottom) }).ToList();
            BodyKinds.For(slide.Body).Layout(slide.Body, Clip(area, bottom), context);
        }
    }

    /// <summary>A box cut off where the small print starts, never below a sliver.</summary>
    private static Box Clip(Box box, double bottom) => box with { Height = Math.Max(Math.Min(box.Height, bottom - box.Y), Math.Min(box.Height, 24)) };
}

/// <summary>
/// The placeholders of a template layout our text goes into: its title, its subtitle, and its first
/// content placeholder, ordered by position (top to bottom, then left to right), never by document order.
/// </summary>
public sealed record TemplateSlots(TemplatePlaceholder? Title, TemplatePlaceholder? Subtitle, TemplatePlaceholder? Body)
{
    public static TemplateSlots Of(TemplateLayout layout)
    {
        var content = layout.ContentPlaceholders.Where(p => !p.Vertical)
            .OrderBy(p => Math.Round(p.Box.Y / 4)).ThenBy(p => p.Box.X).ToList();
        var title = content.FirstOrDefault(p => p.Type == "ctrTitle") ?? content.FirstOrDefault(p => p.Type == "title");
        var subtitle = content.FirstOrDefault(p => p.Type == "subTitle");
        var body = content.FirstOrDefault(p => p.IsBody);
        return new TemplateSlots(title, subtitle, body);
    }
}
