using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>A PNG or JPEG from the deck's folder, its pixel size, and an optional caption.</summary>
public sealed record ImageBody(SourcePosition Position, string Path, byte[] Data, string ContentType, int PixelWidth, int PixelHeight, RichText? Caption)
    : SlideBody(Position)
{
    public override IEnumerable<RichText> Texts => Caption is null ? [] : [Caption];
}
