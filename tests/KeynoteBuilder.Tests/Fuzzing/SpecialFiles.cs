using System.Diagnostics;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>Files .NET cannot create itself: a FIFO, through the system's mkfifo (Linux and macOS).</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // No FIFOs in the file system there; an empty file keeps the input reproducible.
            File.WriteAllBytes(path, []);
            return "an empty file (no FIFO on Windows)";
        }

        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? "a FIFO" : throw new IOException($"mkfifo {path} failed: {mkfifo.StandardError.ReadToEnd()}");
    }
}
