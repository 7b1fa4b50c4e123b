using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Pipeline;

/// <summary>
/// The deck-wide caps (slides after steps, text, package size): a deck at a cap builds, one past
/// it is refused at the slide or image that passes it, and nothing is written. The case folder
/// shows the real caps (limit-*.yaml); here smaller caps show the package's, which real files
/// would take half a gigabyte to reach.
/// </summary>
public sealed class DeckLimitTests
{
    private static readonly DateTimeOffset Date = new(2014, 10, 14, 9, 0, 0, TimeSpan.Zero);

    private static (BuildResult Result, MemoryStream Package) Compile(string deckPath, string yaml, DeckLimits? limits = null)
    {
        var package = new MemoryStream();
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new PptxWriter(), limits);
        return (compiler.Compile(deckPath, Encoding.UTF8.GetBytes(yaml), () => package, Date), package);
    }

    [Fact]
    public void A_deck_of_exactly_the_most_slides_builds()
    {
        var steps = string.Join(", ", Enumerable.Repeat("[]", DeckLimits.Default.MaxSlides - 1));
        var (result, _) = Compile("deck.yaml", $"title: At the cap\nslides:\n  - title: Steps\n    bullets: [a]\n    steps: [{steps}]\n  - title: Last\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(DeckLimits.Default.MaxSlides, result.Slides);
    }

    [Fact]
    public void Images_past_the_package_cap_are_refused_at_the_image_that_passes_it_before_anything_is_written()
    {
        using var build = new TestBuild();
        var logo = File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "logo.png"));
        build.WriteBytes("a.png", logo);
        build.WriteBytes("b.png", logo);
        var yaml = "title: Two pictures\nslides:\n  - title: A\n    image: a.png\n    alt: A\n  - title: B\n    image: b.png\n    alt: B\n";

        var (result, package) = Compile(Path.Combine(build.Folder, "deck.yaml"), yaml, new DeckLimits { MaxPackageBytes = (logo.Length * 2) - 1 });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Codes.PackageTooLarge, 7, 12), (error.Code, error.Position.Line, error.Position.Column));
        Assert.Contains("2 images", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, package.Length);
    }

    [Fact]
    public void A_package_that_grows_past_its_cap_while_written_stops_there_with_an_error_at_the_biggest_slide()
    {
        // The estimate before writing sees a few bytes of text; the masters, the theme and the chart's picture are what is big.
        const int Cap = 8_000;
        var yaml = "title: Small text\nslides:\n  - title: Words\n    bullets: [a]\n  - title: A chart\n    chart: {type: column, categories: [a, b], series: [{name: S, values: [1, 2]}]}\n";

        var (result, package) = Compile("deck.yaml", yaml, new DeckLimits { MaxPackageBytes = Cap });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Codes.PackageTooLarge, 5), (error.Code, error.Position.Line));
        Assert.Contains("while being written", error.Message, StringComparison.Ordinal);
        Assert.InRange(package.ToArray().Length, 0, Cap);
    }
}
