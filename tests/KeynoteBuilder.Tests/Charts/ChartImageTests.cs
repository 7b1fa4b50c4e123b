using System.Xml.Linq;
using KeynoteBuilder.Charts;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Charts;

/// <summary>
/// Each chart type against a checked-in picture of how it should look. Run with UPDATE_GOLDEN=1 to
/// accept a deliberate change (then look at the new PNGs in Charts/Expected before committing them).
/// </summary>
public sealed class ChartImageTests
{
    private const double Width = 480;
    private const double Height = 270;

    // A pixel counts as different when a channel moves by more than this; anti-aliasing noise stays below it.
    private const int ChannelTolerance = 24;

    // The share of pixels allowed to differ: a moved label or bar changes far more than this.
    private const double AllowedShare = 0.002;

    public static TheoryData<string> Kinds => new(Samples.Keys);

    private static readonly ChartStyle Style = new("Arial", "222222", "FFFFFF", "CC0000");

    private static Dictionary<string, ChartSpec> Samples { get; } = new()
    {
        ["column"] = new(ChartKind.Column, "Commits per release", ["3.12", "3.13", "3.14", "3.15", "3.16", "3.17"],
            [new("Commits", [181, 176, 192, 165, 203, 188])], Labels: true, Unit: null, Style),
        ["bar"] = new(ChartKind.Bar, "Commits by employer", ["Red Hat", "IBM", "Linaro and ARM Holdings on ARM64", "Others (28 companies)"],
            [new("Commits", [420, 200, 150, 120])], Labels: true, Unit: null, Style),
        ["stacked-column"] = new(ChartKind.StackedColumn, "By architecture", ["3.15", "3.16", "3.17"],
            [new("x86", [64, 80, 63]), new("PPC", [36, 50, 41]), new("ARM", [33, 38, -12])], Labels: true, Unit: null, Style),
        ["stacked-bar"] = new(ChartKind.StackedBar, "Time spent", ["Review", "Testing"],
            [new("2013", [12.5, 8]), new("2014", [10, 9.25])], Labels: true, Unit: "h", Style),
        ["line"] = new(ChartKind.Line, "Attendees", ["2010", "2011", "2012", "2013", "2014"],
            [new("Attendees", [190, 240, 310, 380, 450]), new("Speakers", [30, 35, 44, 52, 60])], Labels: false, Unit: "people", Style),
        ["pie"] = new(ChartKind.Pie, "Commits by architecture", ["x86", "PPC", "ARM/ARM64", "s390", "MIPS", "Generic"],
            [new("Commits", [430, 250, 200, 120, 60, 45])], Labels: false, Unit: null, Style),
        ["donut"] = new(ChartKind.Donut, "Contributors", ["Maintainers", "Regular", "Occasional"],
            [new("People", [12, 48, 95])], Labels: true, Unit: null, Style),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_chart_type_looks_as_expected(string kind)
    {
        var image = new SkiaChartRenderer().Render(Samples[kind], Width, Height);
        var expectedPath = Path.Combine(RepoPathsForCharts.Expected, kind + ".png");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(RepoPathsForCharts.Expected);
            File.WriteAllBytes(expectedPath, image.Png);
        }

        Assert.True(File.Exists(expectedPath), $"no expected picture for {kind}; run the tests with UPDATE_GOLDEN=1 and look at {expectedPath}");
        using var actual = SKBitmap.Decode(image.Png);
        using var expected = SKBitmap.Decode(expectedPath);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var differing = CountDifferentPixels(expected, actual);
        var share = (double)differing / (actual.Width * actual.Height);
        if (share > AllowedShare)
        {
            var saved = Path.Combine(Path.GetTempPath(), $"keynote-chart-{kind}-actual.png");
            File.WriteAllBytes(saved, image.Png);
            Assert.Fail($"{differing} of {actual.Width * actual.Height} pixels ({share:P2}) differ from {kind}.png, more than {AllowedShare:P1}; the new picture is at {saved}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_chart_renders_to_the_same_bytes(string kind)
    {
        var first = new SkiaChartRenderer().Render(Samples[kind], Width, Height);
        var second = new SkiaChartRenderer().Render(Samples[kind], Width, Height);
        Assert.Equal(first.Png, second.Png);
        Assert.Equal(first.Svg, second.Svg);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_png_is_twice_screen_resolution_and_the_svg_draws_text_as_outlines(string kind)
    {
        var image = new SkiaChartRenderer().Render(Samples[kind], Width, Height);
        Assert.Equal((1280, 720), (image.PixelWidth, image.PixelHeight));
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(image.Svg));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "text");
        Assert.True(svg.Descendants().Count(e => e.Name.LocalName == "path") > 10, "the SVG should hold the chart's shapes and glyph outlines");
    }

    [Fact]
    public void Charts_render_in_parallel_to_the_same_bytes()
    {
        var renderer = new SkiaChartRenderer();
        var expected = Samples.ToDictionary(s => s.Key, s => renderer.Render(s.Value, Width, Height).Png);
        var results = new System.Collections.Concurrent.ConcurrentBag<(string Kind, byte[] Png)>();
        Parallel.For(0, 28, i =>
        {
            var kind = Samples.Keys.ElementAt(i % Samples.Count);
            results.Add((kind, renderer.Render(Samples[kind], Width, Height).Png));
        });
        Assert.All(results, r => Assert.Equal(expected[r.Kind], r.Png));
    }

    [Theory]
    [InlineData(120, 80)]
    [InlineData(900, 120)]
    [InlineData(150, 500)]
    public void Awkward_sizes_still_render(double width, double height)
    {
        foreach (var spec in Samples.Values)
        {
            var image = new SkiaChartRenderer().Render(spec, width, height);
            using var bitmap = SKBitmap.Decode(image.Png);
            Assert.NotNull(bitmap);
        }
    }

    private static int CountDifferentPixels(SKBitmap expected, SKBitmap actual)
    {
        var count = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance || Math.Abs(a.Blue - b.Blue) > ChannelTolerance)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static class RepoPathsForCharts
    {
        public static string Expected => Support.RepoPaths.File("tests", "KeynoteBuilder.Tests", "Charts", "Expected");
    }
}
