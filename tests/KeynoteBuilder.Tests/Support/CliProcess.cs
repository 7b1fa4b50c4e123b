using System.Diagnostics;

namespace KeynoteBuilder.Tests.Support;

/// <summary>
/// The <c>keynote</c> command run as its own process, as a user runs it: the executable the build puts
/// beside the tests. For what only a real process shows: the command line itself, signals.
/// </summary>
public static class CliProcess
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static string Executable { get; } = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "keynote.exe" : "keynote");

    /// <summary>Starts <c>keynote</c> with <paramref name="arguments"/> in <paramref name="folder"/>, its output redirected.</summary>
    public static Process Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <c>keynote</c> to the end and returns its exit code and output.</summary>
    public static (int Code, string Stdout, string Stderr) Run(string folder, params string[] arguments)
    {
        using var process = Start(folder, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(Patience), $"keynote {string.Join(' ', arguments)} did not finish within {Patience.TotalSeconds} s");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
