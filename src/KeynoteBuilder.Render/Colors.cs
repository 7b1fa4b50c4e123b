using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>The layout's colours (six hex digits, no '#') as Skia colours, and paints made of them.</summary>
internal static class Colors
{
    public static SKColor Of(string hex) =>
        SKColor.TryParse("#" + hex, out var color) ? color : SKColors.Black;

    public static SKPaint Fill(string hex) => new() { Color = Of(hex), IsAntialias = true, Style = SKPaintStyle.Fill };
}
