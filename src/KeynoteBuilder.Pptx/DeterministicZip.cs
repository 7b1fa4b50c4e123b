using System.IO.Compression;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// Re-zips a package in a fixed entry order with a fixed timestamp: the SDK stamps entries with
/// the current time, so two saves of the same deck would differ.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, LevelFor(entry.FullName));
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>
    /// PNG and JPEG are compressed already: deflating them again costs time and saves nothing.
    /// XML compresses ~10:1 at the fastest level too.
    /// </summary>
    private static CompressionLevel LevelFor(string name) =>
        name.EndsWith(".png", StringComparison.Ordinal) || name.EndsWith(".jpeg", StringComparison.Ordinal) || name.EndsWith(".jpg", StringComparison.Ordinal)
            ? CompressionLevel.NoCompression
            : CompressionLevel.Fastest;

    /// <summary>[Content_Types].xml and the package relationships first, as Office writes them.</summary>
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
