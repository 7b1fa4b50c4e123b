using System.Text.RegularExpressions;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Render;

/// <summary>The keynote drawn by KeynoteBuilder itself: a PDF with real text and embedded fonts, and one PNG a slide, the same bytes every build.</summary>
public sealed partial class SampleDeckRenderTests : IClassFixture<SampleDeckRenderTests.Rendered>
{
    private readonly Rendered _rendered;

    public SampleDeckRenderTests(Rendered rendered)
    {
        _rendered = rendered;
    }

    [Fact]
    public void The_pdf_has_a_page_for_each_of_the_nineteen_slides() =>
        Assert.Equal(19, PageObject().Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(_rendered.Pdf(1)))).Count);

    [Fact]
    public void The_png_folder_holds_nineteen_slides_1920_pixels_wide()
    {
        var names = Directory.GetFiles(_rendered.Pngs(1)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 19).Select(i => $"slide-{i:00}.png"), names);
        using var first = SkiaSharp.SKBitmap.Decode(Path.Combine(_rendered.Pngs(1), "slide-01.png"));
        Assert.Equal((1920, 1080), (first.Width, first.Height));
    }

    [Fact]
    public void Two_builds_give_the_same_pdf_and_png_bytes()
    {
        Assert.Equal(File.ReadAllBytes(_rendered.Pdf(1)), File.ReadAllBytes(_rendered.Pdf(2)));
        foreach (var png in Directory.GetFiles(_rendered.Pngs(1)))
        {
            Assert.Equal(File.ReadAllBytes(png), File.ReadAllBytes(Path.Combine(_rendered.Pngs(2), Path.GetFileName(png))));
        }
    }

    [Fact]
    public void The_build_names_every_output_it_wrote() =>
        Assert.Matches(@"^Wrote 19 slides to .*deck\.pdf, .*slides/ in \d+\.\d\d s\r?\n$", _rendered.Stdout);

    [NeedsPopplerFact]
    public void Pdftotext_finds_titles_bullets_table_cells_and_chart_labels()
    {
        var text = Regex.Replace(Tools.Run("pdftotext", _rendered.Pdf(1), "-"), @"\s+", " ");
        Assert.Contains("KVM in 2014", text, StringComparison.Ordinal);
        Assert.Contains("7 in-tree architectures", text, StringComparison.Ordinal);
        Assert.Contains("Active: ARM/ARM64, MIPS, PPC, x86, s390", text, StringComparison.Ordinal);
        Assert.Contains("KVM (RHEL6.5)", text, StringComparison.Ordinal);
        Assert.Contains("2082@116", text, StringComparison.Ordinal);
        Assert.Contains("Commits in each release", text, StringComparison.Ordinal);
    }

    [NeedsPopplerFact]
    public void Every_font_is_embedded_and_subset()
    {
        var fonts = Tools.Run("pdffonts", _rendered.Pdf(1)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\byes\s+yes\s+yes\b", line));
    }

    [NeedsPopplerFact]
    public void The_metadata_has_the_decks_title_author_and_date_not_the_clock()
    {
        var info = Tools.Run("pdfinfo", _rendered.Pdf(1));
        Assert.Matches(@"Title:\s+KVM Forum 2014 - Keynote", info);
        Assert.Matches(@"Author:\s+Paolo Bonzini", info);
        Assert.Matches(@"CreationDate:\s+\w+ Oct 14 00:00:00 2014", info);
        Assert.Matches(@"Pages:\s+19", info);
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    /// <summary>Builds deck.yaml twice, each time to a PDF and a folder of PNGs in one compile.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly TestBuild _build = new();

        public Rendered()
        {
            for (var i = 1; i <= 2; i++)
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var request = new BuildRequest(RepoPaths.File("deck.yaml"), Pdf(i)) { MoreOutputs = [Pngs(i) + "/"] };
                Assert.True(new DeckBuilder(stdout, stderr).Build(request) == 0, stderr.ToString());
                Stdout = i == 1 ? stdout.ToString() : Stdout;
            }
        }

        public string Stdout { get; } = "";

        public string Pdf(int build) => Path.Combine(_build.Folder, $"build{build}", "deck.pdf");

        public string Pngs(int build) => Path.Combine(_build.Folder, $"build{build}", "slides");

        public void Dispose() => _build.Dispose();
    }
}
