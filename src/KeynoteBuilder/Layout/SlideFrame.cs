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
}
