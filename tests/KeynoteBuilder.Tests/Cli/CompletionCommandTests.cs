using System.Diagnostics;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cli;

/// <summary><c>keynote completion SHELL</c>: the script, and (in bash, which every CI machine has) that it completes.</summary>
public sealed class CompletionCommandTests
{
    [Theory]
    [InlineData("bash", "complete -o default")]
    [InlineData("zsh", "compdef _keynote keynote")]
    [InlineData("fish", "complete -c keynote")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName keynote")]
    public void Each_shell_gets_a_script_that_asks_keynote_for_suggestions(string shell, string registration)
    {
        using var work = new TestBuild();
        var (code, stdout, stderr) = CliProcess.Run(work.Folder, "completion", shell);
        Assert.True(code == 0, stderr);
        Assert.Contains(registration, stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error_that_lists_the_shells()
    {
        using var work = new TestBuild();
        var (code, _, stderr) = CliProcess.Run(work.Folder, "completion", "tcsh");
        Assert.Equal(2, code);
        Assert.Contains("tcsh", stderr, StringComparison.Ordinal);
        Assert.All(CompletionCommand.Shells, s => Assert.Contains(s, stderr, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("keynote bu", "build")]
    [InlineData("keynote ", "build\ncompletion\ndiff\ninit\nschema\ntemplate\nwatch")]
    [InlineData("keynote completion ", "bash\nfish\npwsh\nzsh")]
    public void The_bash_script_completes_commands_and_shells(string line, string expected)
    {
        if (!File.Exists("/bin/bash"))
        {
            return;
        }

        using var work = new TestBuild();
        var script = work.Write("keynote.bash", CliProcess.Run(work.Folder, "completion", "bash").Stdout);
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"source '{script}'; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; _keynote_complete; printf '%s\\n' \"${{COMPREPLY[@]}}\" | grep -v '^[-/]'");
        start.Environment["PATH"] = Path.GetDirectoryName(CliProcess.Executable) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        Assert.True(bash.WaitForExit(30_000));
        Assert.Equal(expected, string.Join("\n", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
    }
}
