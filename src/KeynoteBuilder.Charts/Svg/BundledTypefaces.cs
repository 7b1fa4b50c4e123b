using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace KeynoteBuilder.Charts.Svg;

/// <summary>
/// Text in an SVG is drawn with the bundled faces, never a system font: the default provider asks
/// fontconfig, which gives an empty face with our native package (text would vanish) or a
/// machine-dependent one elsewhere. Monospaced families get Liberation Mono, the rest Liberation Sans.
/// </summary>
internal sealed class BundledTypefaces : ITypefaceProvider
{
    private static readonly string[] MonospaceFamilies = ["monospace", "courier", "courier new", "consolas", "menlo", "monaco", "dejavu sans mono", "liberation mono"];

    public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant)
    {
        var fonts = FontSet.Shared;
        var families = fontFamily.Split(',').Select(f => f.Trim().Trim('\'', '"').ToLowerInvariant());
        if (families.FirstOrDefault() is { } first && MonospaceFamilies.Contains(first))
        {
            return fonts.Mono;
        }

        return fonts.Get(bold: weight >= SKFontStyleWeight.SemiBold, italic: slant != SKFontStyleSlant.Upright);
    }
}
