using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// Slides as PNG pictures (slide-01.png, ...) and a contact sheet (every slide as a thumbnail on one
/// picture). Drawn in the bundled fonts with fixed encoder settings: the same deck gives the same bytes.
/// </summary>
public static class SlidePictures
{
    /// <summary>The default picture width, in pixels.</summary>
    public const int DefaultWidth = 1920;

    /// <summary>Thumbnails on a contact sheet: this many a row, this wide, this far apart.</summary>
    private const int SheetColumns = 4;
    private const int ThumbnailWidth = 480;
    private const int SheetGap = 16;

    /// <summary>The file name of slide <paramref name="number"/> (1-based) in a deck of <paramref name="count"/>: slide-01.png, or slide-001.png past 99.</summary>
    public static string FileName(int number, int count) => $"slide-{number.ToString(new string('0', Math.Max(2, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length)), System.Globalization.CultureInfo.InvariantCulture)}.png";

    /// <summary>Each slide as PNG bytes, <paramref name="width"/> pixels wide; slides are drawn in parallel.</summary>
    public static IReadOnlyList<byte[]> Render(LaidOutDeck deck, int width, RenderWarnings warnings)
    {
        var pictures = new byte[deck.Slides.Count][];
        var perThread = new List<RenderWarnings>();
        Parallel.For(0, deck.Slides.Count, () => new RenderWarnings(), (i, _, own) =>
        {
            using var painter = new SlidePainter(deck, own);
            pictures[i] = Png(painter, deck.Slides[i], i + 1, width);
            return own;
        }, own => { lock (perThread) { perThread.Add(own); } });
        warnings.AddAll(perThread);
        return pictures;
    }

    /// <summary>Slide <paramref name="index"/> (0-based) as PNG bytes, <paramref name="width"/> pixels wide.</summary>
    public static byte[] RenderOne(LaidOutDeck deck, int index, int width, RenderWarnings warnings)
    {
        using var painter = new SlidePainter(deck, warnings);
        return Png(painter, deck.Slides[index], index + 1, width);
    }

    /// <summary>Every slide as a thumbnail, <see cref="SheetColumns"/> a row, on one PNG.</summary>
    public static byte[] ContactSheet(LaidOutDeck deck, RenderWarnings warnings)
    {
        using var painter = new SlidePainter(deck, warnings);
        var scale = ThumbnailWidth / painter.Width;
        var thumbHeight = (int)Math.Round(painter.Height * scale);
        var columns = Math.Min(SheetColumns, Math.Max(1, deck.Slides.Count));
        var rows = Math.Max(1, (deck.Slides.Count + columns - 1) / columns);
        var info = new SKImageInfo(SheetGap + (columns * (ThumbnailWidth + SheetGap)), SheetGap + (rows * (thumbHeight + SheetGap)), SKColorType.Rgba8888, SKAlphaType.Premul);
        // Pooled memory: fresh pages are the main cost of a big raster on a small machine.
        using var pooled = PixelMemory.CreateSurface(info);
        var surface = pooled.Surface;
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xE8, 0xE8, 0xE8));
        using var border = new SKPaint { Color = new SKColor(0xB0, 0xB0, 0xB0), Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var (x, y) = (SheetGap + (i % columns * (ThumbnailWidth + SheetGap)), SheetGap + (i / columns * (thumbHeight + SheetGap)));
            canvas.Save();
            canvas.Translate(x, y);
            canvas.ClipRect(new SKRect(0, 0, ThumbnailWidth, thumbHeight));
            canvas.Scale((float)scale);
            painter.Paint(canvas, deck.Slides[i], i + 1, links: false);
            canvas.Restore();
            canvas.DrawRect(x - 0.5f, y - 0.5f, ThumbnailWidth + 1, thumbHeight + 1, border);
        }

        return Encode(surface);
    }

    private static byte[] Png(SlidePainter painter, LaidOutSlide slide, int number, int width)
    {
        var scale = width / painter.Width;
        var info = new SKImageInfo(width, Math.Max(1, (int)Math.Round(painter.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var pooled = PixelMemory.CreateSurface(info);
        var surface = pooled.Surface;

        // Pooled memory holds the last picture's pixels: clear it to what a fresh surface starts as.
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale((float)scale);
        painter.Paint(surface.Canvas, slide, number, links: false);
        return Encode(surface);
    }

    private static byte[] Encode(SKSurface surface)
    {
        surface.Canvas.Flush();
        using var pixels = surface.PeekPixels();
        // zlib level 3, as the charts: on slides over a template's photo level 6 spent a third of the build
        // in deflate's match search for files only a tenth smaller.
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 3))
            ?? throw new InvalidOperationException("the slide picture could not be encoded as PNG");
        return data.ToArray();
    }
}
