using KeynoteBuilder.Bodies;
using KeynoteBuilder.Bodies.Bullets;
using KeynoteBuilder.Bodies.Columns;
using KeynoteBuilder.Bodies.Text;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Layout;

/// <summary>
/// Lays a slide out on a speaker's template: the title, subtitle, bullets and text go into the boxes of
/// the placeholders of the layout the slide resolved to, in the looks the template gives them (sizes,
/// colours, alignment, anchor), shrunk only to fit (<see cref="PlaceholderText"/>), so the .pptx, text
/// fitting and any renderer agree on where the text is and how it looks. Other bodies (tables, charts,
/// pictures, code, columns) lay themselves out in the body placeholder's box.
/// </summary>
internal static class TemplateSlides
{
    /// <summary>Body text is not shrunk below this (points), as on the built-in look.</summary>
    private const double SmallestBody = 14;

    public static void Place(LayoutContext context, DeckTemplate template, SlideFrame frame)
    {
        var slide = context.Slide;
        var slideRole = LayoutRoles.Of(slide);
        var layout = template.LayoutOf(slide);
        var slots = TemplateSlots.Of(layout);
        var theme = context.Theme;
        var centred = slide.Layout is SlideLayout.Title or SlideLayout.Statement;
        var align = centred ? TextAlign.Center : TextAlign.Left;

        // Placeholder boxes are the template's: they are cut only where this slide has small print, which sits by them.
        var band = SmallPrintBand.Of(layout, slots, frame);
        var smallPrint = SmallPrint.Place(context, band, align);
        var bottom = smallPrint < band.Bottom ? smallPrint - 6 : double.PositiveInfinity;

        var titleBox = slots.Title?.Box ?? new Box(frame.Margin, frame.TitleBox.Y, frame.ContentWidth, frame.TitleBox.Height);
        if (slide.Title is { } title)
        {
            var role = slide.Layout == SlideLayout.Title && slots.Title?.Type == "ctrTitle" ? TextRole.CenterTitle : TextRole.Title;
            if (slots.Title is { } placeholder)
            {
                var size = placeholder.LevelSizes[0];
                PlaceholderText.Place(context, slots, placeholder, placeholder.Box, role, [new FitParagraph(context.Runs(title))], title.Position, "the title",
                    Math.Min(size, Math.Max(SmallestBody, size * 0.5)));
            }
            else
            {
                Texts.Place(context, titleBox, role, [title], 36, 18, theme.Text, align: align, anchor: VerticalAnchor.Middle, maxLines: 3);
            }
        }

        if (slide.Subtitle.Count > 0)
        {
            var subtitle = slots.SubtitleOf(slide.Layout, slide.TemplateLayout is not null);
            if (subtitle is not null)
            {
                PlaceholderText.Place(context, slots, subtitle, Clip(subtitle.Box, bottom), TextRole.Subtitle,
                    [.. slide.Subtitle.Select(line => new FitParagraph(context.Runs(line)))], slide.Subtitle[0].Position, "the subtitle", Math.Min(subtitle.LevelSizes[0], 12));
            }
            else
            {
                var box = new Box(titleBox.X, titleBox.Bottom + 4, titleBox.Width, Math.Min(40, Math.Max(20, Math.Min(bottom, band.Bottom) - titleBox.Bottom - 8)));
                Texts.Place(context, box, TextRole.TextBox, slide.Subtitle, 22, 12, theme.Muted, align: align);
                titleBox = titleBox with { Height = box.Bottom - titleBox.Y };
            }
        }

        if (slide.Body is not null)
        {
            PlaceBody(context, slots, slide, titleBox, Math.Min(bottom, frame.SmallPrintBottom), bottom, TemplateColumns.Of(layout, slideRole));
        }
    }

    /// <summary>
    /// The footer and slide number in the layout's footer and slide-number placeholders, at their look;
    /// false for each the layout lacks (the caller then places its own text box).
    /// </summary>
    public static (bool Footer, bool Number) PlaceFooter(LayoutContext context, DeckTemplate template, RichText? footer, string? number)
    {
        var slots = TemplateSlots.Of(template.LayoutOf(context.Slide));
        if (footer is not null && slots.Footer is { } ftr)
        {
            PlaceholderText.Place(context, slots, ftr, ftr.Box, TextRole.Footer, [new FitParagraph(footer.Runs)], footer.Position, "the footer", ftr.LevelSizes[0] * 0.75);
        }

        if (number is not null && slots.SlideNumber is { } sldNum)
        {
            PlaceholderText.Place(context, slots, sldNum, sldNum.Box, TextRole.SlideNumber, [new FitParagraph([new TextRun(number)])], context.Slide.Position, "the slide number", sldNum.LevelSizes[0]);
        }

        return (slots.Footer is not null, slots.SlideNumber is not null);
    }

    private static void PlaceBody(LayoutContext context, TemplateSlots slots, Slide slide, Box titleBox, double smallPrintTop, double bottom, TemplateColumns? columnSlots)
    {
        var area = slots.Body?.Box ?? new Box(titleBox.X, titleBox.Bottom + 12, titleBox.Width, smallPrintTop - titleBox.Bottom - 12);
        if (slots.Body is null || (slide.Subtitle.Count > 0 && slide.Layout == SlideLayout.Content))
        {
            var top = Math.Max(area.Y, titleBox.Bottom + 8);
            area = area with { Y = top, Height = area.Bottom - top };
        }

        area = Clip(area, bottom);
        switch (slide.Body)
        {
            case BulletsBody or TextBody when slots.Body is { } body:
                PlaceText(context, slots, body, area, slide.Body);
                break;
            case ColumnsBody columns when columnSlots?.Fills(columns.Columns.Count, columns.HasHeadings) == true:
                TemplateColumnsLayout.Place(context, slots, columnSlots, columns, bottom);
                break;
            case ColumnsBody columns when columnSlots is not null && columnSlots.Bodies.Count >= columns.Columns.Count:
                // Headings the layout has no placeholders for stand over the columns, in the columns' boxes.
                context.ColumnBoxes = [.. columnSlots.Bodies.Take(columns.Columns.Count).Select(p => Clip(p.Box, bottom))];
                ColumnsLayout.Place(columns, area, context);
                break;
            default:
                BodyKinds.For(slide.Body!).Layout(slide.Body!, area, context);
                break;
        }
    }

    /// <summary>Bullets or text in a placeholder, in its look; false for a body of another kind.</summary>
    internal static bool PlaceText(LayoutContext context, TemplateSlots slots, TemplatePlaceholder placeholder, Box area, SlideBody body)
    {
        switch (body)
        {
            case BulletsBody bullets:
                PlaceholderText.Place(context, slots, placeholder, area, TextRole.Body,
                    [.. bullets.Items.Select(i => new FitParagraph(context.Runs(i.Text), Level: i.Level, Bullet: true))], bullets.Position, "the bullet list", SmallestBody,
                    bullets.Reveal ? BulletsKind.RevealGroups(bullets.Items) : null);
                return true;
            case TextBody text:
                PlaceholderText.Place(context, slots, placeholder, area, TextRole.Body,
                    [.. text.Paragraphs.Select(p => new FitParagraph(context.Runs(p)))], text.Position, "the text", SmallestBody);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A box cut off where the small print starts, never below a sliver.</summary>
    internal static Box Clip(Box box, double bottom) => box.Bottom <= bottom ? box : box with { Height = Math.Max(bottom - box.Y, Math.Min(box.Height, 24)) };
}

/// <summary>
/// The placeholders of a template layout our text goes into: its title, its subtitle, and its first
/// content placeholder, ordered by position (top to bottom, then left to right), never by document order;
/// and its footer and slide-number placeholders.
/// </summary>
public sealed record TemplateSlots(TemplatePlaceholder? Title, TemplatePlaceholder? Subtitle, TemplatePlaceholder? Body)
{
    public TemplatePlaceholder? Footer { get; init; }

    public TemplatePlaceholder? SlideNumber { get; init; }

    /// <summary>The <c>idx</c> values two or more of the layout's placeholders share (LibreOffice writes 0 for all).</summary>
    public IReadOnlySet<int> SharedIndexes { get; init; } = new HashSet<int>();

    /// <summary>
    /// Whether a slide's text in <paramref name="placeholder"/> inherits its look from the template, writing
    /// only what the deck asks for: the template has text styles, and the placeholder's idx is its own. Else
    /// the slide writes box, sizes, colours and bullets itself.
    /// </summary>
    public bool Inherits(TemplatePlaceholder placeholder) => placeholder.Text is { FromStyles: true } && !SharedIndexes.Contains(placeholder.Index);

    public static TemplateSlots Of(TemplateLayout layout)
    {
        var content = layout.ContentPlaceholders.Where(p => !p.Vertical)
            .OrderBy(p => Math.Round(p.Box.Y / 4)).ThenBy(p => p.Box.X).ToList();
        var title = content.FirstOrDefault(p => p.Type == "ctrTitle") ?? content.FirstOrDefault(p => p.Type == "title");
        var subtitle = content.FirstOrDefault(p => p.Type == "subTitle");
        var body = content.FirstOrDefault(p => p.IsBody);
        return new TemplateSlots(title, subtitle, body)
        {
            Footer = layout.Placeholders.FirstOrDefault(p => p.Type == "ftr"),
            SlideNumber = layout.Placeholders.FirstOrDefault(p => p.Type == "sldNum"),
            SharedIndexes = layout.Placeholders.GroupBy(p => p.Index).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(),
        };
    }

    /// <summary>
    /// Where a slide's subtitle goes: on our content slides, nowhere (it is a line under the title); on a layout
    /// a slide names, its subtitle placeholder if it has one; elsewhere its subtitle, else its body placeholder.
    /// </summary>
    public TemplatePlaceholder? SubtitleOf(SlideLayout ours, bool named) =>
        named ? Subtitle : ours == SlideLayout.Content ? null : Subtitle ?? Body;
}
