using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Layout;

/// <summary>
/// Text in a placeholder of a speaker's template, fitted with what the placeholder gives it: its box and
/// insets, the size, margin, line spacing and space before of each list level, and its typeface. When
/// it does not fit at the template's sizes, the largest font scale (1% steps) that fits is chosen, with
/// a line spacing reduction of 0, 10 or 20%, as PowerPoint's shrink-on-overflow (normAutofit) writes
/// them; the paragraphs carry the scaled sizes, the shape the reduction.
/// A placeholder whose looks are written out on the slide (<see cref="TemplateSlots.Inherits"/> false)
/// is fitted with the geometry the writer then writes: ours (insets, bullet margins, single spacing).
/// </summary>
internal static class PlaceholderText
{
    private static readonly double[] Reductions = [0, 0.1, 0.2];

    /// <param name="minTop">The smallest top-level size the text may shrink to before it is reported as not fitting.</param>
    public static void Place(LayoutContext context, TemplateSlots slots, TemplatePlaceholder placeholder, Box box, TextRole role,
        IReadOnlyList<FitParagraph> paragraphs, SourcePosition at, string what, double minTop, IReadOnlyList<ParagraphGroup>? reveal = null)
    {
        var text = placeholder.Text ?? Plain(placeholder);
        var inherits = slots.Inherits(placeholder);
        var insets = inherits ? placeholder.Insets : new TextInsets(TextGeometry.InsetX, TextGeometry.InsetY, TextGeometry.InsetX, TextGeometry.InsetY);
        var face = inherits ? text.At(0).Face : context.Deck.Template?.Master.Fonts.Body ?? "";
        var widen = FaceMetrics.Widening(face);
        var measured = paragraphs.Select(p => context.Fitter.Measure(p.Runs, p.Bold || text.At(p.Level).Bold)).ToList();

        double Height(double scale, double reduction)
        {
            var total = insets.Top;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var p = paragraphs[i];
                var level = text.At(p.Level);
                var size = level.Size * scale;
                var margin = Margin(p, level, size, inherits);
                var lines = measured[i].Lines((box.Width - insets.Left - insets.Right - margin) / widen, size);
                var spacing = inherits ? Math.Max(level.LineSpacing - reduction, 0.5) : 1;
                total += (lines * size * TextGeometry.LineSpacing * spacing) + (i == 0 ? 0 : SpaceBefore(p, level, size, inherits));
            }

            return total;
        }

        var top = text.At(0).Size;
        var smallest = Math.Min(1, Math.Ceiling(Math.Min(minTop, top) / top * 100) / 100);
        var (fitScale, fitReduction, fits) = (smallest, inherits ? Reductions[^1] : 0, false);
        for (var percent = 100; percent >= smallest * 100 - 1e-9 && !fits; percent--)
        {
            foreach (var reduction in inherits ? Reductions : [0])
            {
                if (Height(percent / 100.0, reduction) <= box.Height)
                {
                    (fitScale, fitReduction, fits) = (percent / 100.0, reduction, true);
                    break;
                }
            }
        }

        if (!fits)
        {
            context.ReportOverflow(at, what);
        }

        var laid = paragraphs.Select((p, i) =>
        {
            var level = text.At(p.Level);
            var size = level.Size * fitScale;

            // Bullets the placeholder was not made for (a centred subtitle-like body) hang from the left.
            var align = p.Bullet && !level.Bullet ? TextAlign.Left : level.Align;
            return new Paragraph(p.Runs, size, level.Color, p.Level, p.Bullet, align, p.Bold || level.Bold, i == 0 ? 0 : SpaceBefore(p, level, size, inherits));
        }).ToList();
        context.Add(new TextShape(context.Name(NameOf(role)), box, role, laid, text.Anchor) { Reveal = reveal ?? [], LineSpacingReduction = fitReduction });
    }

    /// <summary>Shape names as PowerPoint's placeholders are named.</summary>
    private static string NameOf(TextRole role) => role switch
    {
        TextRole.CenterTitle => "Title",
        TextRole.Body => "Content",
        TextRole.SlideNumber => "Slide Number",
        _ => role.ToString(),
    };

    /// <summary>
    /// The left margin of a paragraph's text: the level's own where the paragraph shows a bullet exactly
    /// when the level does; otherwise what the writer writes (no margin without a bullet, ours with one).
    /// </summary>
    private static double Margin(FitParagraph p, TemplateLevel level, double size, bool inherits) =>
        inherits && p.Bullet == level.Bullet ? Math.Max(level.MarginLeft, 0) : p.Bullet ? TextGeometry.BulletMargin(p.Level, size / TextGeometry.LevelScale(p.Level)) : 0;

    private static double SpaceBefore(FitParagraph p, TemplateLevel level, double size, bool inherits) =>
        inherits ? level.SpaceBefore : TextGeometry.SpaceBefore(p.Level, size / TextGeometry.LevelScale(p.Level));

    /// <summary>A placeholder read without a text look (never from the reader): 18 pt black, as PowerPoint's defaults.</summary>
    private static TemplateText Plain(TemplatePlaceholder placeholder) =>
        new([.. placeholder.LevelSizes.Select(s => new TemplateLevel(s, "000000", false, TextAlign.Left, false, 0, 0, 1, 0, ""))], VerticalAnchor.Top, false);
}
