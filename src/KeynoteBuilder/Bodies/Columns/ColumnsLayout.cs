using KeynoteBuilder.Bodies.Code;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Columns;

/// <summary>
/// Lays columns out side by side in the body area: equal widths with a gutter between, the headings
/// (if any) in one row across the top at one size, and each body laid out by its own kind into its
/// column's box, so each fits its text (and warns) on its own.
/// </summary>
internal static class ColumnsLayout
{
    /// <summary>The space between two columns: wide enough that two lists read as two, not one.</summary>
    public const double Gutter = 24;

    private const double HeadingMax = 28;
    private const double HeadingMin = 18;
    private const int HeadingLines = 2;

    /// <summary>Between the headings' rule and the bodies.</summary>
    private const double HeadingGap = 10;

    /// <summary>The rule under each heading.</summary>
    private const double RuleHeight = 1.5;

    /// <summary>
    /// Lays the columns out side by side in <paramref name="area"/>, or in the boxes the slide's layout has
    /// for them (<see cref="LayoutContext.ColumnBoxes"/>: a template's two-column layout).
    /// </summary>
    public static void Place(ColumnsBody body, Box area, LayoutContext context)
    {
        IReadOnlyList<Box> boxes = context.ColumnBoxes is { } given && given.Count == body.Columns.Count ? given : Boxes(area, body.Columns.Count);
        if (body.HasHeadings)
        {
            var top = PlaceHeadings(body, boxes, context);
            boxes = [.. boxes.Select(b => b.WithTop(top))];
        }

        var start = context.Shapes.Count;
        context.CodeSize = SharedCodeSize(body, boxes, context);
        context.BodiesAtTop = true;
        for (var i = 0; i < body.Columns.Count; i++)
        {
            var column = body.Columns[i].Body;
            var first = context.Shapes.Count;
            BodyKinds.For(column).Layout(column, boxes[i], context);
            Tag(context, first, i);
        }

        (context.CodeSize, context.BodiesAtTop) = (null, false);
        MatchTextSizes(context, start);
    }

    /// <summary>
    /// Listings side by side read as one slide only at one size, as text does: the smallest of the sizes at
    /// which each fits its own column (<paramref name="boxes"/>, left to right), so all of them still fit.
    /// Null when fewer than two columns hold code.
    /// </summary>
    public static double? SharedCodeSize(ColumnsBody body, IReadOnlyList<Box> boxes, LayoutContext context)
    {
        var sizes = body.Columns.Select((column, i) => column.Body is CodeBody code ? CodeLayout.FittedSize(code, boxes[i], context) : (double?)null)
            .OfType<double>().ToList();
        return sizes.Count < 2 ? null : sizes.Min();
    }

    /// <summary>
    /// Text side by side reads as one slide only at one size: each column's body text was fitted to its
    /// own column, and now takes the smallest of those sizes. Smaller text never needs more room, so
    /// what fitted still fits. A code listing (lines at a pinned pitch, with highlight bands drawn to
    /// it) keeps the size the listings share (<see cref="SharedCodeSize"/>), and does not shrink prose beside it.
    /// </summary>
    public static void MatchTextSizes(LayoutContext context, int first)
    {
        static double SizeOf(TextShape shape) => shape.Paragraphs[0].Size / TextGeometry.LevelScale(shape.Paragraphs[0].Level);

        var texts = Enumerable.Range(first, context.Shapes.Count - first)
            .Where(i => context.Shapes[i] is TextShape { Role: TextRole.Body, Paragraphs.Count: > 0 } text && text.Paragraphs.All(p => p.ExactLineSpacing == 0))
            .ToList();
        if (texts.Count < 2)
        {
            return;
        }

        var size = texts.Min(i => SizeOf((TextShape)context.Shapes[i]));
        foreach (var i in texts)
        {
            var shape = (TextShape)context.Shapes[i];
            var scale = size / SizeOf(shape);
            context.Shapes[i] = shape with { Paragraphs = [.. shape.Paragraphs.Select(p => p with { Size = p.Size * scale, SpaceBefore = p.SpaceBefore * scale })] };
        }
    }

    /// <summary>The columns' boxes, left to right: equal widths, <see cref="Gutter"/> apart, filling <paramref name="area"/>.</summary>
    public static IReadOnlyList<Box> Boxes(Box area, int count)
    {
        var width = (area.Width - (Gutter * (count - 1))) / count;
        return Enumerable.Range(0, count).Select(i => area with { X = area.X + (i * (width + Gutter)), Width = width }).ToList();
    }

    /// <summary>
    /// The headings at one size, the largest at which each fits its column in two lines, in boxes of one
    /// height anchored at the bottom: their last lines stand on one line, whatever their length. Returns
    /// where the bodies start.
    /// </summary>
    private static double PlaceHeadings(ColumnsBody body, IReadOnlyList<Box> boxes, LayoutContext context)
    {
        var headings = body.Columns.Select(c => c.Heading is null ? null : new FitParagraph(context.Runs(c.Heading), Bold: true)).ToList();
        var room = TextGeometry.InsetY + (HeadingLines * HeadingMax * TextGeometry.LineSpacing);
        var size = HeadingMax;
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i] is { } heading)
            {
                var (fitted, fits) = context.Fitter.Fit([heading], boxes[i].Width, room, HeadingMax, HeadingMin, HeadingLines);
                if (!fits)
                {
                    context.ReportOverflow(body.Columns[i].Heading!.Position, "the column heading");
                }

                size = Math.Min(size, fitted);
            }
        }

        // A heading that did not fit in two lines (and was reported) gets all the lines it needs, not the title's room,
        // up to half the column: the column's body keeps a box (a heading of one endless word must not push it off the slide).
        var height = Math.Min(boxes[0].Height / 2,
            TextGeometry.InsetY + headings.Max(h => h is null ? 0 : context.Fitter.Height([h], boxes[0].Width, size) ?? room));
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i] is { } heading)
            {
                var first = context.Shapes.Count;
                var box = boxes[i] with { Height = height };
                var paragraph = new Paragraph(heading.Runs, size, context.Theme.Text, Bold: true);
                context.Add(new TextShape(context.Name("Heading"), box, TextRole.Heading, [paragraph], VerticalAnchor.Bottom));

                // The rule spans the text's width, as the title's rule starts where its text does.
                var rule = new Box(box.X + TextGeometry.InsetX, box.Bottom + 2, box.Width - (2 * TextGeometry.InsetX), RuleHeight);
                context.Add(new RuleShape(context.Name("Heading Rule"), rule, context.Theme.TableRule));
                Tag(context, first, i);
            }
        }

        return boxes[0].Y + height + 2 + RuleHeight + HeadingGap;
    }

    /// <summary>Marks the shapes added since <paramref name="first"/> as column <paramref name="column"/>'s.</summary>
    public static void Tag(LayoutContext context, int first, int column)
    {
        for (var s = first; s < context.Shapes.Count; s++)
        {
            context.Shapes[s] = context.Shapes[s] with { Column = column };
        }
    }
}
