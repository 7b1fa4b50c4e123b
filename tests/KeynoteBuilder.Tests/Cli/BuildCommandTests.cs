using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary>The command as a user runs it: exit codes, messages, and the output file's safety.</summary>
public sealed class BuildCommandTests
{
    private const string GoodDeck = "title: Good\nslides:\n  - title: One\n    bullets: [a, b]\n";

    [Fact]
    public void A_good_deck_exits_0_and_writes_out_slash_name_pptx_beside_the_deck()
    {
        using var build = new TestBuild();
        var deck = build.Write("talk.yaml", GoodDeck);
        Assert.Equal(0, build.Build(deck));
        Assert.True(File.Exists(Path.Combine(build.Folder, "out", "talk.pptx")));
        Assert.Empty(build.Stderr);
    }

    [Fact]
    public void A_deck_with_errors_exits_1_and_leaves_the_previous_output_byte_identical()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", GoodDeck);
        Assert.Equal(0, build.Build(deck));
        var output = TestBuild.OutputOf(deck, null);
        var before = File.ReadAllBytes(output);

        build.Write("deck.yaml", "title: Broken\nslides:\n  - title: One\n    bulets: [a]\n");
        Assert.Equal(1, build.Build(deck));
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.Contains("deck.yaml:4:5: error KB0103: unknown key 'bulets' in a slide; did you mean 'bullets'?", build.Stderr, StringComparison.Ordinal);
        Assert.Contains("is unchanged", build.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public void A_missing_deck_is_an_io_error_with_exit_2()
    {
        using var build = new TestBuild();
        Assert.Equal(2, build.Build(Path.Combine(build.Folder, "nope.yaml")));
        Assert.StartsWith("keynote: cannot read", build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_target_is_an_io_error_with_exit_2_and_no_stack_trace()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", GoodDeck);
        var blocked = build.Write("file-not-folder", "x");
        Assert.Equal(2, build.Build(deck, Path.Combine(blocked, "deck.pptx")));
        Assert.StartsWith("keynote: cannot write", build.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_actions_gets_annotations_beside_the_compiler_lines()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", "title: T\nslides:\n  - layout: nope\n");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        try
        {
            Assert.Equal(1, build.Build(deck));
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
        }

        Assert.Contains(",line=3,col=13::KB0201: unknown layout 'nope'", build.Stderr, StringComparison.Ordinal);
    }
}
