using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Draws charts with SkiaSharp in the bundled fonts. The chart is laid out once, in points at its
/// size on the slide, then drawn twice: into a PNG at twice the pixels of a 96 dpi screen (crisp on a
/// projector and when zoomed) and into an SVG with text as outlines (what PowerPoint shows).
/// The same spec and size always give the same bytes. Safe to call from several threads.
/// </summary>
public sealed class SkiaChartRenderer : IChartRenderer
{
    private readonly MeasureCount? _count;

    public SkiaChartRenderer()
    {
    }

    /// <summary>A renderer that adds every character it measures or draws to <paramref name="count"/>.</summary>
    internal SkiaChartRenderer(MeasureCount count)
    {
        _count = count;
    }

    /// <summary>Pixels per point in the PNG: 96 dpi screen pixels, twice over.</summary>
    public const float PngScale = 2f * 96 / 72;

    /// <summary>SVG user units (CSS pixels) per point.</summary>
    private const float SvgScale = 96f / 72;

    public ChartImage Render(ChartSpec spec, double widthPoints, double heightPoints)
    {
        var width = (float)widthPoints;
        var height = (float)heightPoints;
        var look = new ChartLook(spec, width, height);

        // The SVG is drawn on another thread while the PNG rasterises (a build's critical path is
        // its slowest chart). Each gets its own text and layout: SKFont is not safe to share.
        var svg = Task.Run(() => Draw(spec, look, width, height, drawing => RenderSvg(drawing, look, width, height)));
        var (png, pixelWidth, pixelHeight) = Draw(spec, look, width, height, drawing => RenderPng(drawing, look, width, height));
        return new ChartImage(png, svg.GetAwaiter().GetResult(), pixelWidth, pixelHeight, AltText.For(spec));
    }

    /// <summary>
    /// Draws the chart, background and all, in points onto any canvas with its origin at the chart's top left:
    /// a PDF page gets it as vectors and real text, a slide picture as pixels.
    /// </summary>
    public void DrawOnto(SKCanvas canvas, ChartSpec spec, double widthPoints, double heightPoints)
    {
        var width = (float)widthPoints;
        var height = (float)heightPoints;
        var look = new ChartLook(spec, width, height);
        Draw(spec, look, width, height, asText: true, drawing =>
        {
            using var background = ChartLook.Fill(look.Background);
            canvas.DrawRect(0, 0, width, height, background);
            drawing.Draw(canvas, width);
            return 0;
        });
    }

    private T Draw<T>(ChartSpec spec, ChartLook look, float width, float height, Func<IChartDrawing, T> render) =>
        Draw(spec, look, width, height, asText: false, render);

    private T Draw<T>(ChartSpec spec, ChartLook look, float width, float height, bool asText, Func<IChartDrawing, T> render)
    {
        using var text = new ChartText(_count, spec.Fonts.Count == 0 ? FontChain.Bundled : new FontChain(spec.Fonts)) { AsText = asText };
        IChartDrawing drawing = spec.Kind is ChartKind.Pie or ChartKind.Donut
            ? new PieChart(spec, width, height, look, text)
            : new CartesianChart(new CartesianLayout(spec, width, height, look, text), text);
        return render(drawing);
    }

    private static (byte[] Png, int PixelWidth, int PixelHeight) RenderPng(IChartDrawing drawing, ChartLook look, float width, float height)
    {
        var pixelWidth = Math.Max(1, (int)Math.Ceiling(width * PngScale));
        var pixelHeight = Math.Max(1, (int)Math.Ceiling(height * PngScale));
        // Charts are opaque (the theme's background fills them): an RGB surface lets the encoder skip
        // un-premultiplying and the alpha channel, three times faster than RGBA for the same pixels.
        var info = new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var pooled = PixelMemory.CreateSurface(info);
        var surface = pooled.Surface;
        var canvas = surface.Canvas;
        canvas.Clear(look.Background);
        canvas.Scale(PngScale);
        drawing.Draw(canvas, width);
        canvas.Flush();
        using var pixels = surface.PeekPixels();

        // Charts are flat colour with antialiased edges: one fixed filter (Up, the smallest here) and a
        // fast zlib level encode in a fraction of the default's time (all filters, level 6).
        var options = new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 3);
        using var data = pixels.Encode(options) ?? throw new InvalidOperationException("the chart image could not be encoded as PNG");
        return (data.ToArray(), pixelWidth, pixelHeight);
    }

    private static byte[] RenderSvg(IChartDrawing drawing, ChartLook look, float width, float height)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        {
            using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width * SvgScale, height * SvgScale), managed);
            canvas.Scale(SvgScale);
            using var background = ChartLook.Fill(look.Background);
            canvas.DrawRect(0, 0, width, height, background);
            drawing.Draw(canvas, width);
        }

        return stream.ToArray();
    }
}
