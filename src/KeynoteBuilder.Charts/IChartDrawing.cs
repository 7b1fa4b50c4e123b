using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>A laid-out chart that can draw itself, in points, onto any canvas (raster for PNG, vector for SVG).</summary>
internal interface IChartDrawing
{
    void Draw(SKCanvas canvas, float width);
}
