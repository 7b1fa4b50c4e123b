using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>Places free text (titles, subtitles, sources, footnotes) at the largest size that fits its box.</summary>
internal static class Texts
{
    public static void Place(LayoutContext context, Box box, TextRole role, IReadOnlyList<RichText> lines, double max, double min, string color,
        bool bold = false, TextAlign align = TextAlign.Left, VerticalAnchor anchor = VerticalAnchor.Top, int maxLines = int.MaxValue)
    {
        var fit = lines.Select(l => new FitParagraph(context.Runs(l), Bold: bold)).ToList();
        var (size, fits) = context.Fitter.Fit(fit, box.Width, box.Height, max, min, maxLines);
        if (!fits)
        {
            context.ReportOverflow(lines[0].Position, role == TextRole.Title ? "the title" : "the text");
        }

        var paragraphs = fit.Select((p, i) => new Paragraph(p.Runs, size, color, Align: align, Bold: bold,
            SpaceBefore: i == 0 ? 0 : TextGeometry.SpaceBefore(1, size))).ToList();
        context.Add(new TextShape(context.Name(role.ToString()), box, role, paragraphs, anchor));
    }

    /// <summary>Height that wrapped lines need at a fixed size, for stacking small print from the bottom.</summary>
    public static double HeightOf(LayoutContext context, IReadOnlyList<RichText> lines, double width, double size) =>
        context.Fitter.Height(lines.Select(l => new FitParagraph(context.Runs(l))).ToList(), width, size) ?? 0;
}
