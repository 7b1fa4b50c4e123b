using KeynoteBuilder.Layout;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Bodies.Columns;

/// <summary>
/// Two columns on a template's two-column or comparison layout: headings in its heading placeholders and
/// bullets or text in its content placeholders, each in the look its placeholder gives and shrunk only to
/// fit (<see cref="PlaceholderText"/>), as on a content slide; a table, chart, picture or code in its
/// content placeholder's box. Text side by side then takes one size, as on the built-in look.
/// </summary>
internal static class TemplateColumnsLayout
{
    /// <summary>A heading is not shrunk below this (points) before it is reported, as on the built-in look.</summary>
    private const double SmallestHeading = 18;

    public static void Place(LayoutContext context, TemplateSlots slots, TemplateColumns places, ColumnsBody body, double bottom)
    {
        var start = context.Shapes.Count;
        context.CodeSize = ColumnsLayout.SharedCodeSize(body, [.. places.Bodies.Select(b => TemplateSlides.Clip(b.Box, bottom))], context);
        context.BodiesAtTop = true;
        for (var i = 0; i < body.Columns.Count; i++)
        {
            var column = body.Columns[i];
            var first = context.Shapes.Count;
            if (column.Heading is { } heading && places.Headings is { } headings)
            {
                var placeholder = headings[i];
                PlaceholderText.Place(context, slots, placeholder, TemplateSlides.Clip(placeholder.Box, bottom), TextRole.Heading,
                    [new FitParagraph(context.Runs(heading))], heading.Position, "the column heading", Math.Min(placeholder.LevelSizes[0], SmallestHeading));
            }

            var content = places.Bodies[i];
            var box = TemplateSlides.Clip(content.Box, bottom);
            if (!TemplateSlides.PlaceText(context, slots, content, box, column.Body))
            {
                BodyKinds.For(column.Body).Layout(column.Body, box, context);
            }

            ColumnsLayout.Tag(context, first, i);
        }

        (context.CodeSize, context.BodiesAtTop) = (null, false);
        ColumnsLayout.MatchTextSizes(context, start);
    }
}
