using System.Diagnostics;
using System.Text.RegularExpressions;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>
/// What a speaker does after `dotnet tool install -g KeynoteBuilder`, from the packages a release
/// ships: install from a folder feed into a fresh tool path, ask the version, start a talk and build
/// it. Packing compiles Native AOT (minutes), so .ci/run packs once and names the folder in
/// KEYNOTE_TOOL_FEED; without it this reports itself skipped.
/// </summary>
public sealed partial class ToolPackageTests
{
    [NeedsToolFeedFact]
    public void The_tool_installs_from_its_packages_and_starts_and_builds_a_talk()
    {
        var feed = NeedsToolFeedFactAttribute.Feed!;
        var version = Directory.GetFiles(feed, "KeynoteBuilder.*.nupkg").Select(f => PointerPackage().Match(Path.GetFileName(f)))
            .Single(m => m.Success).Groups[1].Value;
        using var work = new TestBuild();
        var tools = Path.Combine(work.Folder, "tools");

        // A package cache of its own: an earlier pack of the same version must not stand in for this one.
        var install = Run(work.Folder, "dotnet", "tool", "install", "KeynoteBuilder", "--version", version, "--add-source", feed,
            "--ignore-failed-sources", "--tool-path", tools);
        Assert.True(install.Code == 0, $"dotnet tool install: exit {install.Code}\n{install.Stdout}\n{install.Stderr}");

        // The platform's Native AOT package was installed, not a framework-dependent one.
        var keynote = Path.Combine(tools, OperatingSystem.IsWindows() ? "keynote.exe" : "keynote");
        Assert.Empty(Directory.GetFiles(tools, "keynote.dll", SearchOption.AllDirectories));

        var shown = Run(work.Folder, keynote, "--version");
        Assert.Equal(0, shown.Code);
        Assert.Matches($@"^keynote {Regex.Escape(version)} \(commit ([0-9a-f]{{7,12}}|unknown)\)$", shown.Stdout.Trim());

        var talk = Path.Combine(work.Folder, "talk");
        var init = Run(work.Folder, keynote, "init", talk);
        Assert.True(init.Code == 0, init.Stderr);

        var build = Run(talk, keynote, "build");
        Assert.True(build.Code == 0, $"exit {build.Code}: {build.Stderr}");
        Assert.Empty(build.Stderr);
        Assert.StartsWith($"Wrote 11 slides to {Path.Combine("out", "deck.pptx")}", build.Stdout.Trim(), StringComparison.Ordinal);
        PackageCheck.Validate(Path.Combine(talk, "out", "deck.pptx"));
    }

    private static (int Code, string Stdout, string Stderr) Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{program} {string.Join(' ', arguments)} did not finish in 3 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The pointer package, KeynoteBuilder.0.3.0.nupkg, not KeynoteBuilder.linux-x64.0.3.0.nupkg.</summary>
    [GeneratedRegex(@"^KeynoteBuilder\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PointerPackage();
}

/// <summary>A fact that is skipped, and says so, when KEYNOTE_TOOL_FEED does not name a folder of packed tool packages.</summary>
public sealed class NeedsToolFeedFactAttribute : FactAttribute
{
    public NeedsToolFeedFactAttribute()
    {
        if (Feed is null || !Directory.Exists(Feed))
        {
            Skip = "KEYNOTE_TOOL_FEED does not name a folder of packed tool packages; .ci/run packs them and sets it";
        }
    }

    public static string? Feed => Environment.GetEnvironmentVariable("KEYNOTE_TOOL_FEED");
}
