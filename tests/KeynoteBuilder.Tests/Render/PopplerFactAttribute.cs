namespace KeynoteBuilder.Tests.Render;

/// <summary>A fact that is skipped, and says so, when poppler's pdftotext and pdffonts are not on the PATH.</summary>
public sealed class NeedsPopplerFactAttribute : FactAttribute
{
    public NeedsPopplerFactAttribute()
    {
        if (!Tools.OnPath("pdftotext") || !Tools.OnPath("pdffonts") || !Tools.OnPath("pdfinfo"))
        {
            Skip = "pdftotext, pdffonts or pdfinfo (poppler-utils) is not installed; .ci/run installs it";
        }
    }
}

/// <summary>External programs the render tests read PDFs with.</summary>
public static class Tools
{
    public static bool OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, name)));

    /// <summary>Runs a program and returns its standard output; fails the test on a non-zero exit.</summary>
    public static string Run(string file, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), $"{file} did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"{file} exited {process.ExitCode}: {error.Result}");
        return output;
    }
}
