using KeynoteBuilder.Charts;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Charts;

/// <summary>
/// Chart surfaces share pooled pixel memory (<see cref="PixelMemory"/>): whatever a buffer held before,
/// a chart drawn into it must come out exactly as it does on its own.
/// </summary>
public sealed class PixelMemoryTests
{
    private static readonly ChartStyle Light = new("Arial", "222222", "FFFFFF", "CC0000");
    private static readonly ChartStyle Dark = new("Arial", "EEEEEE", "101010", "FFCC00");

    private static ChartSpec Column(ChartStyle style) => new(ChartKind.Column, "Commits", ["3.15", "3.16", "3.17"],
        [new("Commits", [165, 203, 188])], Labels: true, Unit: null, style);

    [Fact]
    public void A_chart_drawn_in_memory_another_chart_used_has_the_same_bytes()
    {
        var renderer = new SkiaChartRenderer();
        var alone = renderer.Render(Column(Light), 300, 200).Png;

        // A larger, dark chart first leaves its pixels in the pool; the small light one reuses that memory.
        for (var i = 0; i < 3; i++)
        {
            _ = renderer.Render(Column(Dark), 720, 400);
            Assert.Equal(alone, renderer.Render(Column(Light), 300, 200).Png);
        }
    }

    [Fact]
    public void Surfaces_in_use_at_once_never_share_memory()
    {
        var info = new SKImageInfo(64, 32, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var first = PixelMemory.CreateSurface(info);
        using var second = PixelMemory.CreateSurface(info);
        first.Surface.Canvas.Clear(SKColors.Red);
        second.Surface.Canvas.Clear(SKColors.Blue);

        using var pixels = first.Surface.PeekPixels();
        Assert.Equal(SKColors.Red, pixels.GetPixelColor(10, 10));
    }
}
