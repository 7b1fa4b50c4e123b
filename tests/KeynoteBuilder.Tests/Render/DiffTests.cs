using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Render;

/// <summary><c>keynote diff OLD NEW [-o DIR]</c>: what it prints, writes and exits with.</summary>
public sealed class DiffTests : IDisposable
{
    private const string Deck = """
        title: Diff
        slides:
          - title: Alpha
            bullets: [one, two]
          - title: Beta
            bullets: [three]
          - title: Gamma
            bullets: [four]
        """;

    private readonly TestBuild _build = new();

    public void Dispose() => _build.Dispose();

    private (int Code, string Stdout, string Stderr) Diff(string old, string now, string? folder = null)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = new DeckDiff(stdout, stderr, _build.Folder).Run(old, now, folder);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Identical_decks_exit_0()
    {
        _build.Write("old.yaml", Deck);
        _build.Write("new.yaml", Deck);
        Assert.Equal((0, "no slide changed\n", ""), Diff("old.yaml", "new.yaml"));
    }

    [Fact]
    public void An_edited_bullet_names_that_one_slide_and_the_report_shows_it_side_by_side()
    {
        _build.Write("old.yaml", Deck);
        _build.Write("new.yaml", Deck.Replace("[three]", "[three and a half]", StringComparison.Ordinal));
        var report = Path.Combine(_build.Folder, "report");
        var (code, stdout, _) = Diff("old.yaml", "new.yaml", report);
        Assert.Equal((1, "changed slide 2: Beta\n"), (code, stdout));
        var html = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.Contains("<img src=\"old-002.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"new-002.png\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mark\"", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(report, "new-002.png")));
    }

    [Fact]
    public void An_inserted_slide_is_one_added_slide()
    {
        _build.Write("old.yaml", Deck);
        _build.Write("new.yaml", Deck.Replace("  - title: Beta", "  - title: New one\n    bullets: [x]\n  - title: Beta", StringComparison.Ordinal));
        Assert.Equal((1, "added   slide 2: New one\n", ""), Diff("old.yaml", "new.yaml"));
    }

    [Fact]
    public void A_removed_slide_is_one_removed_slide()
    {
        _build.Write("old.yaml", Deck);
        _build.Write("new.yaml", Deck.Replace("  - title: Beta\n    bullets: [three]\n", "", StringComparison.Ordinal));
        Assert.Equal((1, "removed slide 2: Beta\n", ""), Diff("old.yaml", "new.yaml"));
    }

    [Fact]
    public void A_deck_with_errors_is_reported_at_its_line_and_exits_2()
    {
        _build.Write("old.yaml", Deck);
        _build.Write("new.yaml", Deck.Replace("bullets: [four]", "bulets: [four]", StringComparison.Ordinal));
        var (code, _, stderr) = Diff("old.yaml", "new.yaml");
        Assert.Equal(2, code);
        Assert.Contains("new.yaml:8:5: error KB0103: unknown key 'bulets'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_git_revision_is_read_with_git_show()
    {
        _build.Write("deck.yaml", Deck);
        Git("init", "-q");
        Git("add", "deck.yaml");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "first");
        _build.Write("deck.yaml", Deck.Replace("title: Gamma", "title: Delta", StringComparison.Ordinal));
        Assert.Equal((1, "changed slide 3: Delta\n", ""), Diff("HEAD:deck.yaml", "deck.yaml"));
        Assert.Equal(0, Diff("HEAD:deck.yaml", "HEAD:deck.yaml").Code);
    }

    private void Git(params string[] arguments) => Tools.Run("git", ["-C", _build.Folder, .. arguments]);
}
