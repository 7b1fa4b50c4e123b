using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// The package's zip, written once and straight to the output, part by part, in the order the
/// writer adds them. Every entry has the same fixed time, so the same deck always gives the same
/// bytes (the SDK's packaging stamps the clock and re-zipping cost a second pass).
/// </summary>
internal sealed class PackageZip(Stream output) : IDisposable
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>Adds a part by its name in the package, without the leading slash.</summary>
    public void Add(string name, ReadOnlySpan<byte> data)
    {
        using var stream = Open(name);
        stream.Write(data);
    }

    /// <summary>Adds a part whose content <paramref name="write"/> streams straight into its entry.</summary>
    public void Add(string name, Action<Stream> write)
    {
        using var stream = Open(name);
        write(stream);
    }

    public void Add(string name, string xml)
    {
        // One pooled buffer per part: a StreamWriter would allocate ~64 KB of buffers for each of
        // the package's many small parts.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(xml.Length));
        try
        {
            Add(name, buffer.AsSpan(0, Utf8.GetBytes(xml, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _zip.Dispose();

    private Stream Open(string name)
    {
        var entry = _zip.CreateEntry(name, LevelFor(name));
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }

    /// <summary>
    /// PNG and JPEG are compressed already: deflating them again costs time and saves nothing.
    /// XML compresses about 8:1 even at the fastest level.
    /// </summary>
    private static CompressionLevel LevelFor(string name) =>
        name.EndsWith(".png", StringComparison.Ordinal) || name.EndsWith(".jpeg", StringComparison.Ordinal)
            ? CompressionLevel.NoCompression
            : CompressionLevel.Fastest;
}
