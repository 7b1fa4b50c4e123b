using System.Collections.Concurrent;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Measures text in the bundled faces, so the layout pass can fit text boxes before writing.
/// Unhinted, subpixel, linear metrics: the default hinted metrics are ~3% off.
/// </summary>
public sealed class TextMeasurer
{
    // One SKFont per face at a 100 pt reference size; widths scale linearly with size.
    private const float ReferenceSize = 100f;
    private readonly ConcurrentDictionary<(bool Bold, bool Italic, bool Mono), SKFont> _fonts = new();

    /// <summary>Width of <paramref name="text"/> set in the given style, in points; <paramref name="mono"/> for code (Courier New's metrics).</summary>
    public double Width(string text, double sizePoints, bool bold = false, bool italic = false, bool mono = false)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var font = _fonts.GetOrAdd((bold && !mono, italic && !mono, mono), key => Create(key.Mono ? FontSet.Shared.Mono : FontSet.Shared.Get(key.Bold, key.Italic)));
        float width;
        lock (font)
        {
            width = font.MeasureText(text);
        }

        return width * sizePoints / ReferenceSize;
    }

    /// <summary>Distance between baselines for single-spaced text, in points (PowerPoint uses 1.2 em).</summary>
    public static double LineHeight(double sizePoints) => sizePoints * 1.2;

    private static SKFont Create(SKTypeface face) => new(face, ReferenceSize)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
    };
}
