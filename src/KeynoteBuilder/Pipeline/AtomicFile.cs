using System.Collections.Concurrent;

namespace KeynoteBuilder.Pipeline;

/// <summary>
/// Writes a file so that readers see either the old file or the whole new one: the bytes go to
/// a temporary file beside the target, which is then renamed over it. A failure leaves the old file.
/// </summary>
public static class AtomicFile
{
    // Temporary files being written now, so a signal handler can remove them before the process ends.
    private static readonly ConcurrentDictionary<string, bool> InFlight = new(StringComparer.Ordinal);

    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        InFlight[temp] = true;
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputWriteException)
        {
            // The system's message names the temporary file, which the user never asked for: name the target.
            throw new OutputWriteException(path, Reason(ex, folder, temp, path), ex);
        }
        finally
        {
            Delete(temp);
            InFlight.TryRemove(temp, out _);
        }
    }

    /// <summary>
    /// Removes every temporary file a write in this process has open: for Ctrl+C and SIGTERM, which end the
    /// process without running the writer's cleanup. The target files are left as they were.
    /// </summary>
    public static void RemoveTemporaryFiles()
    {
        foreach (var temp in InFlight.Keys)
        {
            Delete(temp);
        }
    }

    private static void Delete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name starts with a dot, so it stays out of sight.
        }
    }

    private static string Reason(Exception ex, string folder, string temp, string path) => ex switch
    {
        _ when FirstFileOnTheWay(folder) is { } file => $"'{file}' is a file, not a folder",
        _ => ex.Message.Replace(temp, path, StringComparison.Ordinal).TrimEnd('.'),
    };

    /// <summary>A file that stands where a folder of the path should be, or null.</summary>
    private static string? FirstFileOnTheWay(string folder)
    {
        for (var f = folder; f is not null; f = Path.GetDirectoryName(f))
        {
            if (File.Exists(f))
            {
                return f;
            }
        }

        return null;
    }
}

/// <summary>The target of an atomic write could not be written; the message names the target, not the temporary file.</summary>
public sealed class OutputWriteException(string path, string reason, Exception inner) : IOException($"cannot write '{path}': {reason}", inner)
{
    public string Reason { get; } = reason;
}
