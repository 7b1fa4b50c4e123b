using System.Collections.Concurrent;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Measures text in the bundled faces, so the layout pass can fit text boxes before writing, and
/// characters they lack in the deck's <c>theme.fonts</c> files, each in the first that has it
/// (<see cref="FontChain"/>), as a client with those fonts draws them.
/// Unhinted, subpixel, linear metrics: the default hinted metrics are ~3% off.
/// </summary>
public sealed class TextMeasurer(FontChain? fonts = null)
{
    // One SKFont per face at a 100 pt reference size; widths scale linearly with size.
    private const float ReferenceSize = 100f;

    /// <summary>Face -1 is Liberation Mono (code); 0 the bundled sans; 1 and up the chain's extra files.</summary>
    private const int MonoFace = -1;

    private readonly ConcurrentDictionary<(int Face, bool Bold, bool Italic), SKFont> _fonts = new();
    private readonly FontChain _chain = fonts ?? FontChain.Bundled;

    /// <summary>This measurer over the bundled faces and <paramref name="extras"/> (a deck's <c>theme.fonts</c>).</summary>
    public TextMeasurer WithFonts(IReadOnlyList<FontFile> extras) => extras.Count == 0 ? this : new TextMeasurer(new FontChain(extras));

    /// <summary>Width of <paramref name="text"/> set in the given style, in points; <paramref name="mono"/> for code (Courier New's metrics).</summary>
    public double Width(string text, double sizePoints, bool bold = false, bool italic = false, bool mono = false)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var own = mono ? MonoFace : FontChain.BundledFace;
        var faces = _chain.Extras.Count == 0 ? null : _chain.Faces(text);
        if (faces is null || faces.All(f => f == FontChain.BundledFace))
        {
            return Measure(own, bold, italic, text) * sizePoints / ReferenceSize;
        }

        // Each stretch of characters in the face that draws them: the bundled (or code) face, or an extra file.
        var width = 0f;
        for (var start = 0; start < text.Length;)
        {
            var end = start + 1;
            while (end < text.Length && faces[end] == faces[start])
            {
                end++;
            }

            width += Measure(faces[start] == FontChain.BundledFace ? own : faces[start], bold, italic, text[start..end]);
            start = end;
        }

        return width * sizePoints / ReferenceSize;
    }

    private float Measure(int face, bool bold, bool italic, string text)
    {
        // Extra files are one face each: bold and italic are drawn from it (emboldened, slanted) at its own advances.
        var key = face == FontChain.BundledFace ? (face, bold, italic) : (face, false, false);
        var font = _fonts.GetOrAdd(key, k => Create(k.Face switch
        {
            MonoFace => FontSet.Shared.Mono,
            FontChain.BundledFace => FontSet.Shared.Get(k.Bold, k.Italic),
            _ => _chain.Extras[k.Face - 1].Typeface,
        }));
        lock (font)
        {
            return font.MeasureText(text);
        }
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
