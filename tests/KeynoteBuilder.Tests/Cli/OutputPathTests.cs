using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary>
/// <c>-o</c> paths that cannot be the package: a folder, the deck itself or a file the deck reads (however
/// spelt), a path through a file. Each is refused with exit 2 and a message that says what the path is,
/// and no file is touched.
/// </summary>
public sealed class OutputPathTests
{
    private const string ImageDeck = "title: Good\nslides:\n  - title: One\n    image: assets/logo.png\n    alt: The logo\n  - title: Two\n    table:\n      csv: assets/results.csv\n";

    [Fact]
    public void Output_onto_the_deck_is_refused_however_it_is_spelt_and_the_deck_is_untouched()
    {
        using var build = new TestBuild();
        var deck = WriteDeck(build);
        var link = Path.Combine(build.Folder, "link.yaml");
        File.CreateSymbolicLink(link, deck);
        var before = File.ReadAllBytes(deck);
        foreach (var output in new[] { deck, Path.Combine(build.Folder, ".", "deck.yaml"), Path.Combine(build.Folder, "assets", "..", "deck.yaml"), link })
        {
            Assert.Equal(2, build.Build(deck, output));
            Assert.Equal($"keynote: refusing to write '{output}': it is the deck itself, and the build would overwrite it; write the .pptx elsewhere, e.g. -o out/deck.pptx\n", build.Stderr.ReplaceLineEndings("\n"));
            Assert.Equal(before, File.ReadAllBytes(deck));
        }

        Assert.Empty(Directory.GetFiles(build.Folder, "*.tmp"));
    }

    [Theory]
    [InlineData("assets/logo.png")]
    [InlineData("assets/results.csv")]
    [InlineData("assets/./logo.png")]
    public void Output_onto_an_image_or_csv_the_deck_reads_is_refused_and_the_file_is_untouched(string target)
    {
        using var build = new TestBuild();
        var deck = WriteDeck(build);
        var output = Path.Combine(build.Folder, target);
        var before = File.ReadAllBytes(output);
        Assert.Equal(2, build.Build(deck, output));
        Assert.Equal($"keynote: refusing to write '{output}': it is a file the deck reads, and the build would overwrite it; write the .pptx elsewhere, e.g. -o out/deck.pptx\n", build.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.Empty(Directory.GetFiles(Path.Combine(build.Folder, "assets"), "*.tmp"));
    }

    [Fact]
    public void Output_with_a_trailing_slash_is_a_folder_of_slide_pictures()
    {
        using var build = new TestBuild();
        var deck = WriteDeck(build);
        var output = Path.Combine(build.Folder, "slides") + Path.DirectorySeparatorChar;
        var stderr = new StringWriter();
        Assert.Equal(0, new KeynoteBuilder.Cli.DeckBuilder(new StringWriter(), stderr).Build(new KeynoteBuilder.Cli.BuildRequest(deck, output)));
        Assert.Equal("", stderr.ToString());
        Assert.True(File.Exists(Path.Combine(output, "slide-01.png")));
    }

    [Fact]
    public void An_unwritable_output_names_the_target_not_the_temporary_file()
    {
        using var build = new TestBuild();
        var deck = WriteDeck(build);
        var output = Path.Combine(build.Folder, "out", "deck.pptx");

        // Something the build cannot replace where its temporary file goes: the system's error names that file.
        Directory.CreateDirectory(Path.Combine(build.Folder, "out", $".deck.pptx.{Environment.ProcessId}.tmp"));
        Assert.Equal(2, build.Build(deck, output));
        Assert.StartsWith($"keynote: cannot write '{output}': ", build.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", build.Stderr, StringComparison.Ordinal);
    }

    private static string WriteDeck(TestBuild build)
    {
        build.WriteBytes(Path.Combine("assets", "logo.png"), File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "logo.png")));
        build.WriteBytes(Path.Combine("assets", "results.csv"), File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "results.csv")));
        return build.Write("deck.yaml", ImageDeck);
    }
}
