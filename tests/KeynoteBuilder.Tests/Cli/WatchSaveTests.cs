using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary><c>keynote watch</c> on a deck that is a symbolic link, and under a save that truncates the file first.</summary>
public sealed class WatchSaveTests
{
    private const string Deck = "title: Good\nslides:\n  - title: One\n    bullets: [a, b]\n";

    [Fact]
    public async Task Editing_the_file_a_linked_deck_points_to_rebuilds_it()
    {
        using var build = new TestBuild();
        var real = build.Write(Path.Combine("talks", "real.yaml"), Deck);
        var link = Path.Combine(build.Folder, "deck.yaml");
        File.CreateSymbolicLink(link, real);
        await using var watch = await WatchSession.StartAsync(link);

        var seen = watch.StatusCount;
        build.Write(Path.Combine("talks", "real.yaml"), Deck.Replace("title: One", "title: Through the link", StringComparison.Ordinal));
        await watch.NextRebuildAsync(seen, "rebuilt line after editing the link's target");
        Assert.Equal("Through the link", DeckDump.Read(TestBuild.OutputOf(link, null))[0].Title);
    }

    [Fact]
    public async Task A_save_that_truncates_then_writes_does_not_report_an_empty_deck()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", Deck);
        await using var watch = await WatchSession.StartAsync(deck);

        // As some editors save: the file is emptied, then written a moment later (longer than the debounce).
        var seen = watch.StatusCount;
        File.WriteAllText(deck, "");
        await Task.Delay(250);
        build.Write("deck.yaml", Deck.Replace("title: One", "title: Saved", StringComparison.Ordinal));
        await watch.NextRebuildAsync(seen, "rebuilt line after the save");

        Assert.Equal("Saved", DeckDump.Read(TestBuild.OutputOf(deck, null))[0].Title);
        Assert.DoesNotContain("KB0111", watch.Err.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(watch.Lines(), l => l.Contains(" error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deck_that_stays_empty_is_reported_after_the_grace()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", Deck);
        await using var watch = await WatchSession.StartAsync(deck);

        var seen = watch.StatusCount;
        File.WriteAllText(deck, "");
        await watch.NextStatusAsync(seen, l => l.Contains("1 error", StringComparison.Ordinal), "the empty deck's error line");
        await watch.WaitForErrorAsync("error KB0111: the deck is empty");
    }
}
