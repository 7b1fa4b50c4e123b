using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// A slide's source line and footnote, stacked up from the footer band: footnote lowest, the source
/// above it. Every layout has them, so a title, section or statement slide shows them as a content slide does.
/// </summary>
internal static class SmallPrint
{
    private const double SourceSize = 12;

    private const double FootnoteSize = 10.5;

    /// <summary>The most of the slide's height a source line or a footnote may take (each).</summary>
    private const double Share = 0.12;

    /// <summary>The top of the slide's small print (the footer band's top, less a gap, when it has none): what lies above is free.</summary>
    public static double Top(LayoutContext context, SlideFrame frame) =>
        Boxes(context, frame).Select(b => b.Box.Y).DefaultIfEmpty(frame.SmallPrintBottom).Min();

    /// <summary>Places the slide's footnote and source (centred under a centred title slide or statement); returns <see cref="Top"/>.</summary>
    public static double Place(LayoutContext context, SlideFrame frame, TextAlign align = TextAlign.Left)
    {
        var top = frame.SmallPrintBottom;
        foreach (var (text, size, box) in Boxes(context, frame))
        {
            Texts.Place(context, box, TextRole.TextBox, [text], size, size, context.Theme.Muted, align: align);
            top = Math.Min(top, box.Y);
        }

        return top;
    }

    private static List<(RichText Text, double Size, Box Box)> Boxes(LayoutContext context, SlideFrame frame)
    {
        // Small print never takes more than its share: a runaway source line gets a warning, not the slide.
        var result = new List<(RichText, double, Box)>(2);
        var bottom = frame.SmallPrintBottom;
        if (context.Slide.Footnote is { } footnote)
        {
            var height = Math.Min(Texts.HeightOf(context, [footnote], frame.ContentWidth, FootnoteSize), Share * frame.Size.Height);
            bottom -= height;
            result.Add((footnote, FootnoteSize, new Box(frame.Margin, bottom, frame.ContentWidth, height)));
        }

        if (context.Slide.Source is { } source)
        {
            var height = Math.Min(Texts.HeightOf(context, [source], frame.ContentWidth, SourceSize), Share * frame.Size.Height);
            bottom -= height + 2;
            result.Add((source, SourceSize, new Box(frame.Margin, bottom, frame.ContentWidth, height)));
        }

        return result;
    }
}
