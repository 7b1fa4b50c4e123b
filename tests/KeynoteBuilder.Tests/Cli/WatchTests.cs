using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary>
/// <c>keynote watch</c> in-process on real files: saves as editors make them, broken saves, referenced
/// files and the chart cache. Every wait polls the output with a generous timeout; no duration is asserted.
/// </summary>
public sealed partial class WatchTests
{
    private const string Deck = "title: Good\nslides:\n  - title: One\n    bullets: [a, b]\n";

    [Fact]
    public async Task Editing_the_deck_rebuilds_it_with_the_new_text()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", Deck);
        await using var watch = await WatchSession.StartAsync(deck);
        var output = TestBuild.OutputOf(deck, null);
        Assert.Matches(Built(), watch.Lines()[0]);
        Assert.Matches(@"^Watching .*deck\.yaml and 0 referenced files; press Ctrl\+C to stop\.$", watch.Lines()[1]);
        Assert.Equal("One", DeckDump.Read(output)[0].Title);

        var seen = watch.StatusCount;
        build.Write("deck.yaml", Deck.Replace("title: One", "title: Two", StringComparison.Ordinal));
        var line = await watch.NextRebuildAsync(seen, "rebuilt line");

        var match = Rebuilt().Match(line);
        Assert.True(match.Success, line);
        Assert.EndsWith("deck.pptx", match.Groups["output"].Value, StringComparison.Ordinal);
        Assert.Equal("1", match.Groups["slides"].Value);
        PackageCheck.Validate(output);
        Assert.Equal("Two", DeckDump.Read(output)[0].Title);
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_file_and_a_fixed_save_rebuilds()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", Deck);
        await using var watch = await WatchSession.StartAsync(deck);
        var output = TestBuild.OutputOf(deck, null);
        var good = File.ReadAllBytes(output);

        var seen = watch.StatusCount;
        build.Write("deck.yaml", "title: Broken\nslides:\n  - title: One\n    bulets: [a]\n");
        await watch.NextStatusAsync(seen, KeptLastGood().IsMatch, "'kept the last good' line");
        await watch.WaitForErrorAsync("deck.yaml:4:5: error KB0103: unknown key 'bulets' in a slide; did you mean 'bullets'?");
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));

        seen = watch.StatusCount;
        build.Write("deck.yaml", Deck.Replace("title: One", "title: Fixed", StringComparison.Ordinal));
        Assert.Matches(Rebuilt(), await watch.NextRebuildAsync(seen, "rebuilt line after the fix"));
        PackageCheck.Validate(output);
        Assert.Equal("Fixed", DeckDump.Read(output)[0].Title);
    }

    [Fact]
    public async Task A_deck_broken_from_the_start_says_nothing_is_written_yet_and_builds_once_fixed()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", "title: T\nslides:\n  - layout: nope\n");
        await using var watch = await WatchSession.StartAsync(deck);
        Assert.Matches(NothingWrittenYet(), watch.Lines()[0]);
        Assert.False(File.Exists(TestBuild.OutputOf(deck, null)));

        var seen = watch.StatusCount;
        build.Write("deck.yaml", Deck);
        await watch.NextRebuildAsync(seen, "rebuilt line");
        PackageCheck.Validate(TestBuild.OutputOf(deck, null));
    }

    [Fact]
    public async Task Editing_a_referenced_csv_rebuilds_and_an_unchanged_chart_is_reused()
    {
        using var build = new TestBuild();
        var deck = WriteCsvChartDeck(build);
        var csv = WriteReleasesCsv(build);
        await using var watch = await WatchSession.StartAsync(deck);
        var output = TestBuild.OutputOf(deck, null);
        Assert.Contains("1 charts (0 reused)", watch.Lines()[0], StringComparison.Ordinal);
        Assert.Contains("and 1 referenced file;", watch.Lines()[1], StringComparison.Ordinal);
        var firstImages = Images(output);
        Assert.NotEmpty(firstImages);

        // A change elsewhere in the deck: the chart comes from the cache, byte for byte.
        var seen = watch.StatusCount;
        build.Write("deck.yaml", File.ReadAllText(deck).Replace("title: Case deck", "title: Case deck, edited", StringComparison.Ordinal));
        var line = await watch.NextRebuildAsync(seen, "rebuilt line after the deck edit");
        Assert.EndsWith("1 charts (1 reused)", line, StringComparison.Ordinal);
        Assert.Equal(firstImages, Images(output));

        // A change to the CSV: the chart is drawn again, and the old one leaves the cache.
        seen = watch.StatusCount;
        build.Write(Path.Combine("assets", "releases.csv"), File.ReadAllText(csv).Replace("3.14,192,", "3.14,250,", StringComparison.Ordinal));
        line = await watch.NextRebuildAsync(seen, "rebuilt line after the CSV edit");
        Assert.EndsWith("1 charts (0 reused)", line, StringComparison.Ordinal);
        Assert.NotEqual(firstImages, Images(output));
        Assert.Equal(1, watch.Watcher.Compiler.CachedCharts);
        PackageCheck.Validate(output);
    }

    [Fact]
    public async Task Creating_a_referenced_file_that_was_missing_builds_the_deck()
    {
        using var build = new TestBuild();
        var deck = WriteCsvChartDeck(build);
        Directory.CreateDirectory(Path.Combine(build.Folder, "assets"));
        await using var watch = await WatchSession.StartAsync(deck);
        Assert.Matches(NothingWrittenYet(), watch.Lines()[0]);
        await watch.WaitForErrorAsync("'assets/releases.csv' does not exist");

        var seen = watch.StatusCount;
        WriteReleasesCsv(build);
        Assert.Matches(Rebuilt(), await watch.NextRebuildAsync(seen, "rebuilt line once the CSV exists"));
        PackageCheck.Validate(TestBuild.OutputOf(deck, null));
    }

    [Fact]
    public async Task Creating_the_missing_folder_of_a_referenced_file_and_the_file_builds_the_deck()
    {
        using var build = new TestBuild();
        var deck = WriteCsvChartDeck(build);
        await using var watch = await WatchSession.StartAsync(deck);
        Assert.Matches(NothingWrittenYet(), watch.Lines()[0]);

        // As a speaker would: make the folder, then copy the file in a moment later.
        var seen = watch.StatusCount;
        Directory.CreateDirectory(Path.Combine(build.Folder, "assets"));
        await watch.NextStatusAsync(seen, NothingWrittenYet().IsMatch, "a build once the folder exists");
        WriteReleasesCsv(build);
        Assert.Matches(Rebuilt(), await watch.NextRebuildAsync(seen, "rebuilt line once the CSV exists"));
        PackageCheck.Validate(TestBuild.OutputOf(deck, null));
    }

    [Fact]
    public async Task A_save_by_writing_a_temporary_file_and_renaming_it_is_picked_up()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", Deck);
        await using var watch = await WatchSession.StartAsync(deck);

        var seen = watch.StatusCount;
        var temp = build.Write("deck.yaml.swp", Deck.Replace("title: One", "title: Renamed", StringComparison.Ordinal));
        File.Move(temp, deck, overwrite: true);
        await watch.NextRebuildAsync(seen, "rebuilt line");
        Assert.Equal("Renamed", DeckDump.Read(TestBuild.OutputOf(deck, null))[0].Title);
    }

    [Fact]
    public async Task A_deck_missing_for_a_moment_is_reported_and_the_watch_goes_on()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", Deck);
        await using var watch = await WatchSession.StartAsync(deck);

        var seen = watch.StatusCount;
        File.Delete(deck);
        Assert.Matches(WaitingLine(), await watch.NextStatusAsync(seen, l => l.Contains("cannot read", StringComparison.Ordinal), "cannot-read line"));

        seen = watch.StatusCount;
        build.Write("deck.yaml", Deck.Replace("title: One", "title: Back", StringComparison.Ordinal));
        await watch.NextRebuildAsync(seen, "rebuilt line");
        Assert.Equal("Back", DeckDump.Read(TestBuild.OutputOf(deck, null))[0].Title);
    }

    [Fact]
    public async Task A_deck_that_does_not_exist_at_start_exits_2()
    {
        using var build = new TestBuild();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await new DeckWatcher(stdout, stderr).RunAsync(new BuildRequest(Path.Combine(build.Folder, "nope.yaml")), CancellationToken.None);
        Assert.Equal(2, code);
        Assert.StartsWith("keynote: cannot read", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    /// <summary>The bytes of every picture in the package, in part order.</summary>
    private static List<byte[]> Images(string path)
    {
        using var document = PresentationDocument.Open(path, isEditable: false);
        return document.PresentationPart!.SlideParts.SelectMany(s => s.ImageParts).OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal).Select(p =>
        {
            using var stream = p.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }).ToList();
    }

    /// <summary>The case deck whose column chart reads assets/releases.csv, without the CSV.</summary>
    private static string WriteCsvChartDeck(TestBuild build) =>
        build.Write("deck.yaml", File.ReadAllText(RepoPaths.File("tests", "cases", "chart-column-csv.yaml")));

    private static string WriteReleasesCsv(TestBuild build) =>
        build.Write(Path.Combine("assets", "releases.csv"), File.ReadAllText(RepoPaths.File("tests", "cases", "assets", "releases.csv")));

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] built .+deck\.pptx in \d+ ms: \d+ slides, \d+ charts \(\d+ reused\)$")]
    private static partial Regex Built();

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] rebuilt (?<output>.+) in \d+ ms: (?<slides>\d+) slides, \d+ charts \(\d+ reused\)$")]
    private static partial Regex Rebuilt();

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] 1 error in \d+ ms; kept the last good .+deck\.pptx$")]
    private static partial Regex KeptLastGood();

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] 1 error in \d+ ms; nothing written yet$")]
    private static partial Regex NothingWrittenYet();

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] cannot read '.+deck\.yaml': .+; waiting for the next change$")]
    private static partial Regex WaitingLine();
}
