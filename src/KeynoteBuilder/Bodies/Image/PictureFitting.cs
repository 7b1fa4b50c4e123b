using KeynoteBuilder.Charts.Svg;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>Places a picture in a room: its frame, its crop, and for an SVG the PNG drawn for clients that need one.</summary>
public static class PictureFitting
{
    /// <summary>
    /// A raster picture is never blown up past 1.5 times its 96 dpi size in <c>contain</c>: it would look
    /// blurred. An SVG draws sharp at any size.
    /// </summary>
    public const double MaxRasterScale = 1.5;

    /// <summary>The SVG's PNG: twice the shown size at 96 dpi (sharp on a high-density screen), its long side at most this.</summary>
    public const int MaxFallbackPixels = 2560;

    /// <summary>
    /// The box the picture shows in: centred in the room for contain (at its top when <paramref name="atTop"/>,
    /// centred across), the room itself for cover.
    /// </summary>
    public static Box ShownBox(PictureFile picture, Box room, ImageFit fit, bool atTop = false)
    {
        if (fit == ImageFit.Cover)
        {
            return room;
        }

        var (shownWidth, shownHeight) = picture.Shown;
        var scale = Math.Min(room.Width / shownWidth, room.Height / shownHeight);
        if (!picture.IsSvg)
        {
            scale = Math.Min(scale, MaxRasterScale);
        }

        var (w, h) = (shownWidth * scale, shownHeight * scale);
        return new Box(room.X + ((room.Width - w) / 2), atTop ? room.Y : room.Y + ((room.Height - h) / 2), w, h);
    }

    /// <summary>The picture shape showing <paramref name="picture"/> in <paramref name="box"/> (from <see cref="ShownBox"/>), cropped to fill it for cover.</summary>
    public static PictureShape Shape(string name, PictureFile picture, Box box, ImageFit fit, string altText)
    {
        var crop = fit == ImageFit.Cover ? CoverCrop(picture, box) : PictureCrop.None;

        // DrawingML turns a picture about its centre: its frame is the unturned picture around the same centre.
        var frame = picture.Turn.SwapsSides ? new Box(box.X + ((box.Width - box.Height) / 2), box.Y + ((box.Height - box.Width) / 2), box.Height, box.Width) : box;
        var fallback = FallbackSize(box, crop);
        var (data, type, svg) = picture.IsSvg
            ? (SvgDrawing.Png(picture.Data, fallback.Width, fallback.Height), "image/png", picture.Data)
            : (picture.Data, picture.ContentType, null);
        return new PictureShape(name, frame, data, type, svg, altText) { Turn = picture.Turn, Crop = crop };
    }

    /// <summary>
    /// The centred crop that makes the picture's shown aspect ratio the box's: the sides that stick out are
    /// cut equally. In the stored picture's terms: a quarter-turned photo's shown width is its stored height.
    /// </summary>
    public static PictureCrop CoverCrop(PictureFile picture, Box box)
    {
        var (shownWidth, shownHeight) = picture.Shown;
        var scale = Math.Max(box.Width / shownWidth, box.Height / shownHeight);
        var across = (1 - (box.Width / (shownWidth * scale))) / 2;
        var down = (1 - (box.Height / (shownHeight * scale))) / 2;
        (across, down) = (Math.Max(0, across), Math.Max(0, down));
        return picture.Turn.SwapsSides ? new PictureCrop(down, across, down, across) : new PictureCrop(across, down, across, down);
    }

    /// <summary>
    /// The PNG's size: the whole picture as large as it shows on the slide (the box over the part that
    /// shows; an SVG is never turned), at twice 96 dpi, its long side capped.
    /// </summary>
    private static (int Width, int Height) FallbackSize(Box box, PictureCrop crop)
    {
        var (width, height) = (box.Width / (1 - crop.Left - crop.Right), box.Height / (1 - crop.Top - crop.Bottom));
        var pixelsPerPoint = Math.Min(2.0 * 96 / 72, MaxFallbackPixels / Math.Max(width, height));
        return (Math.Max(1, (int)Math.Round(width * pixelsPerPoint)), Math.Max(1, (int)Math.Round(height * pixelsPerPoint)));
    }
}
