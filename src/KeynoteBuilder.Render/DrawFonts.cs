using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// The faces the renderer draws with: the bundled files the layout measured with (<see cref="TextMeasurer"/>),
/// with the same unhinted, subpixel, linear metrics, so a drawn line is as wide as the fitter measured it.
/// One instance per painter: SKFont is not safe to share between threads.
/// </summary>
internal sealed class DrawFonts : IDisposable
{
    private readonly Dictionary<RunFace, SKFont> _fonts = [];

    /// <summary>The font for a run's face at <paramref name="size"/> points.</summary>
    public SKFont Get(RunFace face, double size)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            var typeface = face.Code ? FontSet.Shared.GetMono(face.Bold, face.Italic) : FontSet.Shared.Get(face.Bold, face.Italic);
            _fonts[face] = font = new SKFont(typeface)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
        }

        font.Size = (float)size;
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
