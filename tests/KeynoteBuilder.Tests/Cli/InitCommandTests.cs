using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary><c>keynote init</c>: a new talk that builds at once, and never a file overwritten.</summary>
public sealed class InitCommandTests
{
    private static readonly string[] StarterFiles =
        ["deck.yaml", "assets/growth.csv", "assets/skyline.png", ".keynote/deck.schema.json", ".gitignore", ".github/workflows/deck.yml"];

    [Fact]
    public void A_new_talk_builds_at_once_without_a_message()
    {
        using var work = new TestBuild();
        var (code, stdout, stderr) = CliProcess.Run(work.Folder, "init", "talk");
        Assert.True(code == 0, stderr);
        Assert.Equal($"Started a talk in 'talk': {string.Join(", ", StarterFiles)}\nBuild it with: keynote build {Path.Combine("talk", "deck.yaml")}\n", stdout.ReplaceLineEndings("\n"));
        var talk = Path.Combine(work.Folder, "talk");
        Assert.All(StarterFiles, f => Assert.True(File.Exists(Path.Combine(talk, f)), f));

        var built = CliProcess.Run(talk, "build");
        Assert.True(built.Code == 0, built.Stderr);
        Assert.Empty(built.Stderr);
        Assert.StartsWith($"Wrote 11 slides to {Path.Combine("out", "deck.pptx")}", built.Stdout, StringComparison.Ordinal);
        PackageCheck.Validate(Path.Combine(talk, "out", "deck.pptx"));
    }

    [Fact]
    public void The_new_talk_names_its_schema_ignores_its_output_and_builds_in_ci_with_the_action()
    {
        using var work = new TestBuild();
        Assert.Equal(0, CliProcess.Run(work.Folder, "init").Code);
        Assert.Equal("# yaml-language-server: $schema=.keynote/deck.schema.json", File.ReadLines(Path.Combine(work.Folder, "deck.yaml")).First());
        Assert.Equal("out/\n", File.ReadAllText(Path.Combine(work.Folder, ".gitignore")));
        Assert.Equal(File.ReadAllText(RepoPaths.File("schema", "deck.schema.json")), File.ReadAllText(Path.Combine(work.Folder, ".keynote", "deck.schema.json")));
        var workflow = File.ReadAllText(Path.Combine(work.Folder, ".github", "workflows", "deck.yml"));
        Assert.Matches(@"uses: [\w.-]+/[\w.-]+@(main|v\d+\.\d+\.\d+)\n", workflow);
        Assert.DoesNotContain("{{", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_overwrites_nothing_names_the_files_that_exist_and_exits_2()
    {
        using var work = new TestBuild();
        var deck = work.Write("deck.yaml", "title: Mine\n");
        work.Write(".gitignore", "bin/\n");
        var (code, stdout, stderr) = CliProcess.Run(work.Folder, "init");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal("keynote: this folder already has deck.yaml, .gitignore; nothing was written. Move them away or choose another folder\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal("title: Mine\n", File.ReadAllText(deck));
        Assert.False(Directory.Exists(Path.Combine(work.Folder, "assets")));
    }
}
