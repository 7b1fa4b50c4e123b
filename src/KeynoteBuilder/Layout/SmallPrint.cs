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
        Boxes(context, SmallPrintBand.Of(frame)).Select(b => b.Box.Y).DefaultIfEmpty(frame.SmallPrintBottom).Min();

    /// <summary>Places the slide's footnote and source (centred under a centred title slide or statement); returns <see cref="Top"/>.</summary>
    public static double Place(LayoutContext context, SlideFrame frame, TextAlign align = TextAlign.Left) =>
        Place(context, SmallPrintBand.Of(frame), align);

    /// <summary>Places the slide's footnote and source in <paramref name="band"/>; returns the top of what it placed (the band's bottom when nothing).</summary>
    public static double Place(LayoutContext context, SmallPrintBand band, TextAlign align = TextAlign.Left)
    {
        var top = band.Bottom;
        foreach (var (text, size, box) in Boxes(context, band))
        {
            Texts.Place(context, box, TextRole.TextBox, [text], size, size, context.Theme.Muted, align: align);
            top = Math.Min(top, box.Y);
        }

        return top;
    }

    private static List<(RichText Text, double Size, Box Box)> Boxes(LayoutContext context, SmallPrintBand band)
    {
        // Small print never takes more than its share: a runaway source line gets a warning, not the slide.
        var result = new List<(RichText, double, Box)>(2);
        var bottom = band.Bottom;
        if (context.Slide.Footnote is { } footnote)
        {
            var height = Math.Min(Texts.HeightOf(context, [footnote], band.Width, FootnoteSize), Share * band.SlideHeight);
            bottom -= height;
            result.Add((footnote, FootnoteSize, new Box(band.X, bottom, band.Width, height)));
        }

        if (context.Slide.Source is { } source)
        {
            var height = Math.Min(Texts.HeightOf(context, [source], band.Width, SourceSize), Share * band.SlideHeight);
            bottom -= height + 2;
            result.Add((source, SourceSize, new Box(band.X, bottom, band.Width, height)));
        }

        return result;
    }
}

/// <summary>Where a slide's source line and footnote go: across <paramref name="X"/> to its <paramref name="Width"/>, stacked up from <paramref name="Bottom"/>.</summary>
internal readonly record struct SmallPrintBand(double X, double Width, double Bottom, double SlideHeight)
{
    /// <summary>The built-in look's band: the content width, above the footer band.</summary>
    public static SmallPrintBand Of(SlideFrame frame) => new(frame.Margin, frame.ContentWidth, frame.SmallPrintBottom, frame.Size.Height);

    /// <summary>
    /// A template layout's band: under its body placeholder (else its title), text starting where the placeholder's
    /// text starts, stacked up from just above the layout's footer placeholders (else near the slide's bottom edge).
    /// </summary>
    public static SmallPrintBand Of(Templates.TemplateLayout layout, TemplateSlots slots, SlideFrame frame)
    {
        var anchor = slots.Body ?? slots.Title;
        var (x, width) = anchor is null ? (frame.Margin, frame.ContentWidth) : (anchor.Box.X + anchor.Insets.Left - TextGeometry.InsetX, anchor.Box.Width);
        var footers = layout.Placeholders.Where(p => p.IsFooter && !p.Vertical && p.Box.Y > frame.Size.Height / 2).ToList();
        var bottom = footers.Count > 0 ? footers.Min(p => p.Box.Y) - 2 : frame.Size.Height - (frame.Margin / 2);
        return new SmallPrintBand(x, width, bottom, frame.Size.Height);
    }
}
