using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>The fixed regions of a slide, in points, derived from its size: margins, title band, footer band.</summary>
public sealed record SlideFrame(SlideSize Size)
{
    public double Margin => Size.Width > 900 ? 54 : 40;

    public double ContentWidth => Size.Width - (2 * Margin);

    public Box TitleBox => new(Margin, 26, ContentWidth, 70);

    /// <summary>The short accent bar under a content slide's title.</summary>
    public Box TitleRule => new(Margin + TextGeometry.InsetX, 98, 72, 4);

    public Box SubtitleBox => new(Margin, 108, ContentWidth, 34);

    /// <summary>Top of the body on a content slide, without and with a subtitle.</summary>
    public double BodyTop(bool subtitle) => subtitle ? 146 : 116;

    /// <summary>The footer band: footer text on the left, slide number on the right.</summary>
    public double FooterTop => Size.Height - 32;

    public Box FooterBox => new(Margin, FooterTop, ContentWidth * 0.7, 22);

    public Box NumberBox => new(Size.Width - Margin - 90, FooterTop, 90, 22);

    /// <summary>Where the small print (source, footnote) stacks up from when a slide has it; the bottom of the free area when it has none.</summary>
    public double SmallPrintBottom => FooterTop - 6;

    /// <summary>A content slide's body between <paramref name="top"/> and the small print's top.</summary>
    public Box BodyBox(double top, double smallPrintTop) => new(Margin, top, ContentWidth, smallPrintTop - top - 8);

    /// <summary>The title slide's centred title.</summary>
    public Box CenterTitleBox => new(Margin, Size.Height * 0.20, ContentWidth, Size.Height * 0.36);

    /// <summary>The title slide's subtitle lines, under the title's rule and above the small print.</summary>
    public Box TitleSubtitleBox(double smallPrintTop)
    {
        var title = CenterTitleBox;
        var bottom = Math.Min(Size.Height - 40, smallPrintTop - SmallPrintGap);
        return new Box(Margin, title.Bottom + 30, ContentWidth, bottom - title.Bottom - 30);
    }

    /// <summary>A section header's title.</summary>
    public Box SectionTitleBox => new(Margin, Size.Height * 0.25, ContentWidth, Size.Height * 0.30);

    /// <summary>A section header's subtitle lines, under the title's rule.</summary>
    public Box SectionBodyBox(double smallPrintTop)
    {
        var top = SectionTitleBox.Bottom + 28;
        return new Box(Margin, top, ContentWidth, Math.Min(Size.Height * 0.25, smallPrintTop - SmallPrintGap - top));
    }

    /// <summary>A statement's sentence: centred on the slide, or above the middle when an attribution follows it.</summary>
    public Box StatementBox(bool attributed) => attributed
        ? new Box(Margin, Size.Height * 0.12, ContentWidth, Size.Height * 0.50)
        : new Box(Margin, Size.Height * 0.15, ContentWidth, Size.Height * 0.6);

    /// <summary>A statement's attribution, under the sentence.</summary>
    public Box AttributionBox(double smallPrintTop)
    {
        var top = StatementBox(true).Bottom + SmallPrintGap;
        return new Box(Margin, top, ContentWidth, Math.Min(Size.Height * 0.2, smallPrintTop - SmallPrintGap - top));
    }

    /// <summary>Space between a title's rule and the subtitle, and above the small print.</summary>
    private const double SmallPrintGap = 12;
}
