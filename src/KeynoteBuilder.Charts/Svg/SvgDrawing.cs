using System.Collections.Concurrent;
using System.Security.Cryptography;
using SkiaSharp;
using Svg;
using Svg.Model;
using Svg.Skia;

namespace KeynoteBuilder.Charts.Svg;

/// <summary>
/// Draws an SVG with Svg.Skia: its size, and a PNG of it for clients that cannot show SVG. The SVG
/// has passed the core's safety check first (no DOCTYPE entities, no outside references, bounded size);
/// here the library is told the same, so nothing is fetched even if the check missed something.
/// </summary>
public static class SvgDrawing
{
    // Bounded: a long watch session over many pictures must not grow without end.
    private const int MaxRemembered = 64;
    private static readonly ConcurrentDictionary<(string Hash, int Width, int Height), byte[]> Drawn = new();

    // The drawing of each SVG, read once for its size and its PNGs (a background drawn on many slides).
    // Evicted drawings are left to the garbage collector: another thread may still be drawing one.
    private static readonly ConcurrentDictionary<string, SKPicture?> Pictures = new(StringComparer.Ordinal);

    static SvgDrawing()
    {
        // Process-wide switches of the SVG library: no DTD, no outside entity, image or element, ever.
        SvgDocument.DisableDtdProcessing = true;
        SvgDocument.ResolveExternalXmlEntites = ExternalType.None;
        SvgDocument.ResolveExternalImages = ExternalType.None;
        SvgDocument.ResolveExternalElements = ExternalType.None;
    }

    /// <summary>The SVG's size in CSS pixels (96 per inch), or null when the library cannot draw it or it has no area.</summary>
    public static (double Width, double Height)? Measure(byte[] svg)
    {
        if (PictureOf(svg) is not { } picture)
        {
            return null;
        }

        var bounds = picture.CullRect;
        return bounds.Width > 0 && bounds.Height > 0 && float.IsFinite(bounds.Width) && float.IsFinite(bounds.Height)
            ? (bounds.Width, bounds.Height)
            : null;
    }

    /// <summary>A PNG of the whole SVG scaled to <paramref name="width"/> x <paramref name="height"/> pixels, transparent where the SVG draws nothing.</summary>
    public static byte[] Png(byte[] svg, int width, int height)
    {
        var key = (Hash(svg), width, height);
        if (Drawn.TryGetValue(key, out var png))
        {
            return png;
        }

        var picture = PictureOf(svg) ?? throw new InvalidOperationException("the SVG was measured but no longer loads");
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        var bounds = picture.CullRect;
        canvas.Scale(width / bounds.Width, height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        png = data.ToArray();
        if (Drawn.Count >= MaxRemembered)
        {
            Drawn.Clear();
        }

        Drawn[key] = png;
        return png;
    }

    /// <summary>
    /// Draws the part <paramref name="visible"/> of the SVG (fractions of its width and height, 0 to 1) into
    /// <paramref name="frame"/> as vectors: a PDF page keeps them sharp. False when the SVG does not load.
    /// </summary>
    public static bool DrawInto(SKCanvas canvas, byte[] svg, SKRect visible, SKRect frame)
    {
        if (PictureOf(svg) is not { } picture || visible.Width <= 0 || visible.Height <= 0)
        {
            return false;
        }

        var bounds = picture.CullRect;
        var shown = SKRect.Create(
            bounds.Left + (visible.Left * bounds.Width),
            bounds.Top + (visible.Top * bounds.Height),
            visible.Width * bounds.Width,
            visible.Height * bounds.Height);
        canvas.Save();
        canvas.ClipRect(frame);
        canvas.Translate(frame.Left, frame.Top);
        canvas.Scale(frame.Width / shown.Width, frame.Height / shown.Height);
        canvas.Translate(-shown.Left, -shown.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
        return true;
    }

    private static string Hash(byte[] svg) => Convert.ToHexString(SHA256.HashData(svg));

    private static SKPicture? PictureOf(byte[] svg)
    {
        var key = Hash(svg);
        if (Pictures.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Pictures.Count >= MaxRemembered)
        {
            Pictures.Clear();
        }

        // The SKSvg owns its picture and is kept with it (never disposed here), so the picture stays valid.
        return Pictures[key] = Load(svg)?.Picture;
    }

    private static SKSvg? Load(byte[] svg)
    {
        var drawing = new SKSvg();
        drawing.Settings.TypefaceProviders = [new BundledTypefaces()];
        drawing.Settings.EnableJavaScript = false;
        drawing.Settings.EnableExternalJavaScript = false;
        var options = new SvgDocumentLoadOptions { ProcessingMode = SvgProcessingMode.SecureStatic, ExternalResources = SvgExternalResourcePolicy.Disabled };
        try
        {
            using var stream = new MemoryStream(svg, writable: false);
            if (drawing.Load(stream, new SvgParameters(null, null, null, options)) is null)
            {
                drawing.Dispose();
                return null;
            }

            return drawing;
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or FormatException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            // The library throws whatever its parsers throw on odd input; any of them means "cannot draw".
            drawing.Dispose();
            return null;
        }
    }
}
