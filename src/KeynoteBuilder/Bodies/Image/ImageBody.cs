using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// A PNG, JPEG, GIF or SVG from the deck's folder, its stored pixel size (an SVG's CSS pixels), how it is
/// turned to show upright, and an optional caption; its alt text (null: the caption) and how it fills its room.
/// </summary>
public sealed record ImageBody(SourcePosition Position, string Path, byte[] Data, string ContentType, int PixelWidth, int PixelHeight, RichText? Caption, PictureTurn Turn = default, string? Alt = null, ImageFit Fit = ImageFit.Contain)
    : SlideBody(Position)
{
    public override IEnumerable<RichText> Texts => Caption is null ? [] : [Caption];

    public PictureFile File => new(Path, Data, ContentType, PixelWidth, PixelHeight, Turn);
}

/// <summary>How a picture fills the room it is given.</summary>
public enum ImageFit
{
    /// <summary>The whole picture shows, as large as fits, centred.</summary>
    Contain,

    /// <summary>The picture fills the room, cropped at the sides that stick out; never stretched.</summary>
    Cover,
}
