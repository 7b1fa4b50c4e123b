using System.Diagnostics;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>examples/format-2-tour.yaml, the deck that shows what format 2 adds: it builds cleanly into a valid package and opens in LibreOffice.</summary>
public sealed class Format2TourTests
{
    private const int Slides = 13;

    private static string Deck => RepoPaths.File("examples", "format-2-tour.yaml");

    [Fact]
    public void The_tour_builds_without_a_message_and_its_chart_states_every_script_label()
    {
        using var build = new TestBuild();
        var output = Path.Combine(build.Folder, "tour.pptx");
        Assert.Equal(0, build.Build(Deck, output));
        Assert.Equal("", build.Stderr);

        var slides = DeckDump.Read(output);
        Assert.Equal(Slides, slides.Count);
        var chart = Assert.Single(slides[1].Pictures);
        Assert.True(chart.HasSvg);
        Assert.Contains("東京: 12", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("الرياض 2014: 4", chart.AltText, StringComparison.Ordinal);

        // The listing is the file's lines 15 to 30; the three-language slide has three columns of code.
        var file = File.ReadAllLines(RepoPaths.File("examples", "code", "kvm-run.c"));
        var listing = slides.Single(s => s.Title == "The vCPU loop");
        Assert.Contains(listing.Lines, line => line.Contains(file[14].Trim(), StringComparison.Ordinal));
        Assert.DoesNotContain(listing.Lines, line => line.Contains(file[6].Trim(), StringComparison.Ordinal));
        Assert.Contains(slides, s => s.Title == "Testing");
    }

    [NeedsLibreOfficeFact]
    public void LibreOffice_opens_the_tour_with_one_page_a_slide()
    {
        using var build = new TestBuild();
        var pptx = Path.Combine(build.Folder, "tour.pptx");
        Assert.Equal(0, build.Build(Deck, pptx));

        var profile = Directory.CreateTempSubdirectory("keynote-lo-profile-").FullName;
        try
        {
            using (var process = Process.Start(new ProcessStartInfo("soffice", $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir {build.Folder} {pptx}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!)
            {
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                Assert.True(process.WaitForExit(180_000), "soffice did not finish in 3 minutes");
            }

            var pdf = Path.Combine(build.Folder, "tour.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
            Assert.Equal(Slides, System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
