using System.Diagnostics;
using System.Security.Cryptography;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>
/// The action's script (action/keynote-action.sh) against a folder standing in for a release: it picks
/// this machine's archive, checks it against SHA256SUMS, refuses a tampered one, installs and builds.
/// The stand-in keynote is a small script (or, when .ci/run published it, the native executable).
/// What needs GitHub itself (the cache, the artifact upload, the latest-release lookup) is not run here.
/// </summary>
public sealed class ActionScriptTests
{
    private const string Version = "9.8.7";

    [Fact]
    public void The_script_downloads_checks_installs_and_builds_the_deck()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var work = new TestBuild();
        var release = MakeRelease(work, tamper: false);
        var deck = work.Write("talk/deck.yaml", "title: Talk\nslides:\n  - title: One\n    bullets: [a, b]\n");
        var dir = Path.Combine(work.Folder, "installed");

        var resolve = Script(work, "resolve", new() { ["KEYNOTE_VERSION"] = "v" + Version, ["KEYNOTE_DECK"] = "talk/deck.yaml" });
        Assert.True(resolve.Code == 0, resolve.Stderr);
        Assert.Contains($"version={Version}\n", resolve.Stdout, StringComparison.Ordinal);
        Assert.Contains("rid=linux-", resolve.Stdout, StringComparison.Ordinal);
        Assert.Contains("outputs=talk/out/deck.pptx\n", resolve.Stdout, StringComparison.Ordinal);

        var settings = new Dictionary<string, string> { ["KEYNOTE_VERSION"] = Version, ["KEYNOTE_DIR"] = dir, ["KEYNOTE_RELEASE_BASE"] = "file://" + release };
        var install = Script(work, "install", settings);
        Assert.True(install.Code == 0, install.Stderr);
        Assert.Contains($"installed keynote {Version}", install.Stdout, StringComparison.Ordinal);

        // A second run finds it in place (the cache), without downloading.
        var again = Script(work, "install", new(settings) { ["KEYNOTE_RELEASE_BASE"] = Path.Combine(work.Folder, "nowhere") });
        Assert.True(again.Code == 0, again.Stderr);
        Assert.Contains("is cached in", again.Stdout, StringComparison.Ordinal);

        var build = Script(work, "build", new() { ["KEYNOTE_DIR"] = dir, ["KEYNOTE_DECK"] = deck, ["KEYNOTE_OUTPUTS"] = "talk/out/a.pptx talk/out/b.pptx" });
        Assert.True(build.Code == 0, build.Stderr);
        Assert.True(File.Exists(Path.Combine(work.Folder, "talk", "out", "a.pptx")));
        Assert.True(File.Exists(Path.Combine(work.Folder, "talk", "out", "b.pptx")));
    }

    [Fact]
    public void A_tampered_archive_is_refused_and_nothing_is_installed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var work = new TestBuild();
        var release = MakeRelease(work, tamper: true);
        var dir = Path.Combine(work.Folder, "installed");
        var install = Script(work, "install", new() { ["KEYNOTE_VERSION"] = Version, ["KEYNOTE_DIR"] = dir, ["KEYNOTE_RELEASE_BASE"] = release });
        Assert.Equal(1, install.Code);
        Assert.Contains("does not match its SHA-256 in SHA256SUMS", install.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("::error::", install.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_release_without_this_machines_archive_is_a_clear_error()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var work = new TestBuild();
        var release = Directory.CreateDirectory(Path.Combine(work.Folder, "empty-release")).FullName;
        File.WriteAllText(Path.Combine(release, "SHA256SUMS"), "");
        var install = Script(work, "install", new() { ["KEYNOTE_VERSION"] = Version, ["KEYNOTE_DIR"] = Path.Combine(work.Folder, "d"), ["KEYNOTE_RELEASE_BASE"] = release });
        Assert.Equal(1, install.Code);
        Assert.Contains("the release has no keynote-9.8.7-linux-", install.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A release folder: this machine's archive and SHA256SUMS (computed before the archive is tampered with).</summary>
    private static string MakeRelease(TestBuild work, bool tamper)
    {
        var release = Directory.CreateDirectory(Path.Combine(work.Folder, "release")).FullName;
        var content = Directory.CreateDirectory(Path.Combine(work.Folder, "content")).FullName;
        var native = Environment.GetEnvironmentVariable("KEYNOTE_NATIVE");
        if (native is not null && File.Exists(native))
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(native)!))
            {
                File.Copy(file, Path.Combine(content, Path.GetFileName(file)));
            }
        }
        else
        {
            // Stands in for keynote: writes the file named by -o, as `keynote build DECK -o OUT` does.
            File.WriteAllText(Path.Combine(content, "keynote"), "#!/bin/sh\n[ \"$1\" = build ] || exit 2\nmkdir -p \"$(dirname \"$4\")\" && echo built > \"$4\"\n");
        }

        var rid = RuntimeInformationRid();
        var name = $"keynote-{Version}-{rid}.tar.gz";
        var archive = Path.Combine(release, name);
        var tar = Run("tar", work.Folder, null, "-czf", archive, "-C", content, ".");
        Assert.True(tar.Code == 0, tar.Stderr);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archive)));
        File.WriteAllText(Path.Combine(release, "SHA256SUMS"), $"0000  keynote-{Version}-other.tar.gz\n{hash}  {name}\n");
        if (tamper)
        {
            using var stream = new FileStream(archive, FileMode.Append);
            stream.WriteByte(0);
        }

        return release;
    }

    private static string RuntimeInformationRid() =>
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    private static (int Code, string Stdout, string Stderr) Script(TestBuild work, string step, Dictionary<string, string> settings) =>
        Run("bash", work.Folder, settings, RepoPaths.File("action", "keynote-action.sh"), step);

    private static (int Code, string Stdout, string Stderr) Run(string program, string folder, Dictionary<string, string>? settings, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var name in new[] { "GITHUB_OUTPUT", "GITHUB_ACTION_REF", "GITHUB_ACTION_REPOSITORY", "RUNNER_OS", "RUNNER_ARCH", "KEYNOTE_OUTPUTS" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings ?? [])
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{program} {string.Join(' ', arguments)} did not finish in a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
