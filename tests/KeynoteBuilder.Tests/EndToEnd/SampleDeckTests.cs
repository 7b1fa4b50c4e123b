using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>The product's showcase: the repository's deck.yaml, the KVM Forum 2014 keynote, built end to end.</summary>
public sealed class SampleDeckTests : IClassFixture<SampleDeckTests.Built>
{
    private readonly Built _built;

    public SampleDeckTests(Built built) => _built = built;

    private IReadOnlyList<SlideView> Slides => _built.Slides;

    [Fact]
    public void It_has_the_seeds_nineteen_slides_in_order()
    {
        string[] titles =
        [
            "KVM Forum 2014 - Keynote", "KVM in 2014", "Commits in each release", "Commits by architecture", "Main contributors",
            "Commits by employer", "Highlights", "Highlights", "Highlights", "Highlights", "Highlights", "Highlights", "Highlights",
            "x86 nested virtualization", "Security", "Testing", "SPECvirt_sc®2013 (as of Sep 30, 2014)",
            "SPECvirt_sc®2013 (as of Sep 30, 2014)", "Have a great time!",
        ];
        Assert.Equal(titles, Slides.Select(s => s.Title));
    }

    [Fact]
    public void Title_slide_has_speaker_organization_and_event_as_subtitle_lines()
    {
        Assert.Equal("Title Slide", Slides[0].Layout);
        Assert.Equal(["subTitle: Paolo Bonzini", "subTitle: Red Hat, Inc.", "subTitle: KVM Forum 2014"], Slides[0].Lines.Where(l => l.StartsWith("subTitle", StringComparison.Ordinal)));
    }

    [Fact]
    public void Nested_bullets_keep_their_levels_and_the_unquoted_dead_ia64_form()
    {
        var body = Slides[1].Lines.Where(l => l.StartsWith("body: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "body: - 7 in-tree architectures",
            "body:   - Active: ARM/ARM64, MIPS, PPC, x86, s390",
            "body:   - Dead: ia64",
            "body:   - Out-of-tree: Tilera, MIPS hardware virt",
            "body: - 2 main userspace implementations",
            "body:   - All architectures except ia64 supported in QEMU",
            "body:   - ARM/ARM64, MIPS, PPC, x86 in linux-kvm",
            "body: - 6 releases, 1105 commits, ~35 companies",
        ], body);
    }

    [Theory]
    [InlineData(6, new string[0])]
    [InlineData(7, new string[0])]
    [InlineData(8, new[] { "ppc64le", "big-endian guests" })]
    [InlineData(9, new[] { "SMAP, MPX", "transactional memory, POWER8" })]
    [InlineData(10, new[] { "gdb", "ARM64 gdb" })]
    [InlineData(11, new string[0])]
    [InlineData(12, new[] { "QEMU support" })]
    public void Each_highlights_step_bolds_exactly_what_the_seed_bolds(int slide, string[] bold)
    {
        Assert.Equal("Highlights", Slides[slide].Title);
        Assert.Equal(bold, Slides[slide].BoldInBody);
    }

    [Fact]
    public void Emphasised_runs_use_the_emphasis_colour()
    {
        using var document = PresentationDocument.Open(_built.Path, false);
        var slide = document.PresentationPart!.SlideParts.ElementAt(8).Slide.OuterXml;
        Assert.Contains("<a:t>ppc64le</a:t>", slide, StringComparison.Ordinal);
        Assert.Matches("b=\"1\"[^>]*>\\s*<a:solidFill><a:schemeClr val=\"accent2\" ?/></a:solidFill></a:rPr><a:t>ppc64le</a:t>", slide);
    }

    [Theory]
    [InlineData(2, "Column chart", "3.12 181")]
    [InlineData(3, "Pie chart", "x86 430")]
    [InlineData(5, "Bar chart", "Red Hat 420")]
    public void Chart_slides_are_pictures_with_svg_and_alt_text_stating_the_data(int slide, string kind, string point)
    {
        var picture = Assert.Single(Slides[slide].Pictures);
        Assert.True(picture.HasSvg);
        Assert.Contains(kind, picture.AltText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(point, picture.AltText.Replace(":", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("illustrative", Slides[slide].Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_wrapped_in_the_deck_read_as_one_paragraph_in_presenter_view()
    {
        // deck.yaml wraps these notes at 80 columns; a line break there is not a paragraph break.
        Assert.StartsWith("The seed of this talk lost the chart's figures: this breakdown is illustrative, consistent with the totals on the previous slide",
            Slides[2].Notes, StringComparison.Ordinal);
        Assert.Equal(["Welcome to KVM Forum 2014."], Slides[0].Notes!.Split('\n'));
    }

    [Fact]
    public void Spec_tables_are_real_tables_with_subtitle_source_link_and_footnote()
    {
        var table = Assert.Single(Slides[16].Tables);
        Assert.Equal(["**Hardware**", "**Hypervisor**", "**Guest**", "**Result**", "**Date**"], table[0]);
        Assert.Equal(["IBM x480 X6 60 x86 cores 120 threads", "KVM (RHEL6.5)", "RHEL6.5", "2082@116", "Feb 2014"], table[1]);
        Assert.Equal(5, table.Count);
        Assert.Equal(3, Assert.Single(Slides[17].Tables).Count);
        Assert.Contains("text: Top results:", Slides[16].Lines);
        Assert.Contains("text: Same-hardware comparison with ESX:", Slides[17].Lines);
        Assert.Contains("text: Source: [http://www.spec.org/virt_sc2013/](http://www.spec.org/virt_sc2013/).", Slides[16].Lines);
        Assert.Contains(Slides[17].Lines, l => l.StartsWith("text: SPEC®, SPEC VIRT®, and SPEC VIRT_SC® are registered trademark", StringComparison.Ordinal)
            && l.EndsWith("see [www.spec.org](http://www.spec.org/)", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_slide_but_the_title_has_the_footer_and_its_number()
    {
        Assert.DoesNotContain("ftr: KVM Forum 2014", Slides[0].Lines);
        for (var i = 1; i < Slides.Count; i++)
        {
            Assert.Contains("ftr: KVM Forum 2014", Slides[i].Lines);
            Assert.Contains($"sldNum: {{slidenum: {i + 1}}}", Slides[i].Lines);
        }
    }

    [Fact]
    public void Document_properties_carry_title_author_and_the_decks_date()
    {
        using var document = PresentationDocument.Open(_built.Path, false);
        var core = document.CoreFilePropertiesPart!;
        using var reader = new StreamReader(core.GetStream());
        var xml = reader.ReadToEnd();
        Assert.Contains("<dc:title>KVM Forum 2014 - Keynote</dc:title>", xml, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>Paolo Bonzini</dc:creator>", xml, StringComparison.Ordinal);
        Assert.Contains("2014-10-14T00:00:00Z", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        using var build = new TestBuild();
        var second = Path.Combine(build.Folder, "again.pptx");
        Assert.Equal(0, build.Build(RepoPaths.File("deck.yaml"), second));
        Assert.Equal(File.ReadAllBytes(_built.Path), File.ReadAllBytes(second));
    }

    /// <summary>
    /// The sample's bytes, part by part, against tests/golden/sample-deck.parts: a change to what the keynote
    /// builds shows here, named by part, and is taken on purpose (UPDATE_GOLDEN=1, then read the diff).
    /// </summary>
    [Fact]
    public void Every_part_has_the_bytes_recorded_in_the_golden_list()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_built.Path);
        var actual = string.Concat(zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).Select(e =>
        {
            using var stream = e.Open();
            return $"{e.FullName} {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))}\n";
        }));
        var path = RepoPaths.File("tests", "golden", "sample-deck.parts");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with UPDATE_GOLDEN=1 to create it, then review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void The_build_prints_one_line_with_slides_path_and_time()
    {
        Assert.Matches(@"^Wrote 19 slides to .*deck\.pptx in \d+\.\d\d s\r?\n$", _built.Stdout);
    }

    /// <summary>Builds deck.yaml once for the class, into a temporary folder (the repository's out/ is the user's).</summary>
    public sealed class Built : IDisposable
    {
        private readonly TestBuild _build = new();

        public Built()
        {
            Path = System.IO.Path.Combine(_build.Folder, "deck.pptx");
            Assert.Equal(0, _build.Build(RepoPaths.File("deck.yaml"), Path));
            Stdout = _build.Stdout;
            Slides = DeckDump.Read(Path);
        }

        public string Path { get; }

        public string Stdout { get; }

        public IReadOnlyList<SlideView> Slides { get; }

        public void Dispose() => _build.Dispose();
    }
}
