using System.Diagnostics;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>
/// The shipped Native AOT executable behaves as the library does in-process: trimming must not
/// lose a font, a template or a message. .ci/run publishes it and names it in KEYNOTE_NATIVE;
/// without that this reports itself skipped.
/// </summary>
public sealed class NativeToolTests
{
    [NeedsNativeToolFact]
    public void The_native_tool_builds_the_keynote_byte_for_byte_as_the_library_does()
    {
        using var build = new TestBuild();
        var expected = Path.Combine(build.Folder, "library.pptx");
        Assert.Equal(0, build.Build(RepoPaths.File("deck.yaml"), expected));

        var actual = Path.Combine(build.Folder, "native.pptx");
        var (code, stdout, stderr) = Run($"build \"{RepoPaths.File("deck.yaml")}\" -o \"{actual}\"");
        Assert.True(code == 0, $"exit {code}: {stderr}");
        Assert.Matches(@"^Wrote 19 slides to .*native\.pptx in \d+\.\d\d s$", stdout.Trim());
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(actual));
        PackageCheck.Validate(actual);
    }

    [NeedsNativeToolFact]
    public void The_native_tool_reports_a_deck_error_at_its_line_and_column_with_exit_1()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", "title: Broken\nslides:\n  - title: One\n    bulets: [a]\n");
        var (code, _, stderr) = Run($"build \"{deck}\"");
        Assert.Equal(1, code);
        Assert.Contains("deck.yaml:4:5: error KB0103: unknown key 'bulets' in a slide; did you mean 'bullets'?", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(string arguments)
    {
        var start = new ProcessStartInfo(NeedsNativeToolFactAttribute.Path!, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the native tool did not finish in a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fact that is skipped, and says so, when KEYNOTE_NATIVE does not name a published executable.</summary>
public sealed class NeedsNativeToolFactAttribute : FactAttribute
{
    public NeedsNativeToolFactAttribute()
    {
        if (Path is null || !File.Exists(Path))
        {
            Skip = "KEYNOTE_NATIVE does not name the published native executable; .ci/run publishes it and sets it";
        }
    }

    public static string? Path => Environment.GetEnvironmentVariable("KEYNOTE_NATIVE");
}
