using System.Diagnostics;
using System.Text;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary>
/// The command line as a user types it, run as a real process: a folder as the deck, a mistyped command,
/// an output path that is a folder or a file the deck reads, and an interrupted build.
/// </summary>
public sealed class CommandLineTests
{
    private const string GoodDeck = "title: Good\nslides:\n  - title: One\n    bullets: [a, b]\n";

    [Fact]
    public void A_folder_holding_a_deck_yaml_builds_that_deck()
    {
        using var build = new TestBuild();
        build.Write(Path.Combine("talk", "deck.yaml"), GoodDeck);
        var (code, stdout, stderr) = CliProcess.Run(build.Folder, "build", "talk");
        Assert.True(code == 0, stderr);
        Assert.Equal($"Wrote 1 slide to {Path.Combine("talk", "out", "deck.pptx")}", stdout.Trim()[..stdout.Trim().LastIndexOf(" in ", StringComparison.Ordinal)]);
        PackageCheck.Validate(Path.Combine(build.Folder, "talk", "out", "deck.pptx"));
    }

    [Fact]
    public void A_folder_without_a_deck_yaml_is_reported_as_a_folder()
    {
        using var build = new TestBuild();
        Directory.CreateDirectory(Path.Combine(build.Folder, "talk"));
        var (code, _, stderr) = CliProcess.Run(build.Folder, "build", "talk");
        Assert.Equal(2, code);
        Assert.Equal($"keynote: 'talk' is a folder, and it has no deck.yaml; name the deck file, e.g. 'keynote build {Path.Combine("talk", "deck.yaml")}'\n", stderr.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("biuld", "keynote: unknown command 'biuld'; did you mean 'build'?")]
    [InlineData("wach", "keynote: unknown command 'wach'; did you mean 'watch'?")]
    [InlineData("deck.yaml", "keynote: unknown command 'deck.yaml'; the commands are build, watch, init, schema, completion, diff and template, e.g. 'keynote build deck.yaml'")]
    public void A_mistyped_command_gets_one_line_with_the_likely_command(string typed, string expected)
    {
        using var build = new TestBuild();
        var (code, stdout, stderr) = CliProcess.Run(build.Folder, typed);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal($"{expected}\nRun 'keynote --help' for usage.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Sigterm_during_a_build_leaves_no_temporary_file_beside_the_output()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", SlowDeck(60));
        var outFolder = Directory.CreateDirectory(Path.Combine(build.Folder, "out")).FullName;
        using var process = CliProcess.Start(build.Folder, "build", deck);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();

        // The temporary file exists from the start of the build to the rename: signal while it is there.
        var deadline = DateTime.UtcNow + CliProcess.Patience;
        while (Directory.GetFiles(outFolder, ".deck.pptx.*.tmp").Length == 0)
        {
            Assert.False(process.HasExited, $"the build ended before its temporary file was seen; make the deck slower\n{(process.HasExited ? await stderr : "")}");
            Assert.True(DateTime.UtcNow < deadline, "no temporary file appeared");
            await Task.Delay(5);
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(CliProcess.Patience);
        Assert.Empty(Directory.GetFiles(outFolder, "*.tmp"));
    }

    /// <summary>A deck of line charts that takes a moment to draw, so a signal lands mid-build.</summary>
    private static string SlowDeck(int charts)
    {
        var deck = new StringBuilder("title: Slow\nslides:\n");
        for (var i = 0; i < charts; i++)
        {
            deck.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - title: Chart {i}\n    chart:\n      type: line\n      categories: [a, b, c, d, e, f, g, h, i, j, k, l]\n")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"      series:\n        - name: S1\n          values: [{i}, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n")
                .Append("        - name: S2\n          values: [3, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1]\n");
        }

        return deck.ToString();
    }
}
