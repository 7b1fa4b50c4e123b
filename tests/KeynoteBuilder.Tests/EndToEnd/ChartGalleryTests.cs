using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>examples/charts.yaml, the gallery pictured in docs/charts.md: every chart type builds into a valid deck.</summary>
public sealed class ChartGalleryTests
{
    [Fact]
    public void Every_chart_in_the_gallery_is_a_picture_with_svg_alt_text_and_notes()
    {
        using var build = new TestBuild();
        var output = Path.Combine(build.Folder, "charts.pptx");
        Assert.Equal(0, build.Build(RepoPaths.File("examples", "charts.yaml"), output));
        var slides = DeckDump.Read(output);

        Assert.Equal(12, slides.Count);
        var charts = slides.Skip(1).ToList();
        Assert.All(charts, slide =>
        {
            var picture = Assert.Single(slide.Pictures);
            Assert.True(picture.HasSvg, $"{slide.Title}: no SVG beside the PNG");
            Assert.StartsWith(slide.Title!.Split(':')[0].Replace('-', ' '), picture.AltText, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Chart data: " + picture.AltText, slide.Notes, StringComparison.Ordinal);
        });

        string[] kinds = ["Column chart", "Bar chart", "Stacked column chart", "Stacked bar chart", "Line chart", "Pie chart", "Donut chart"];
        Assert.All(kinds, kind => Assert.Contains(charts, s => s.Pictures[0].AltText.StartsWith(kind + ":", StringComparison.Ordinal)));

        // The CSV's quoted header and thousands separators arrive as written.
        Assert.Contains("Cloud, hosted: Q1 2014: 1,250", charts[1].Pictures[0].AltText, StringComparison.Ordinal);
        Assert.Contains("Aug: -3.4%", charts[2].Pictures[0].AltText, StringComparison.Ordinal);
    }
}
