using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>A PNG or JPEG from the deck's folder, its stored pixel size, how it is turned to show upright, and an optional caption.</summary>
public sealed record ImageBody(SourcePosition Position, string Path, byte[] Data, string ContentType, int PixelWidth, int PixelHeight, RichText? Caption, PictureTurn Turn = default)
    : SlideBody(Position)
{
    public override IEnumerable<RichText> Texts => Caption is null ? [] : [Caption];
}
