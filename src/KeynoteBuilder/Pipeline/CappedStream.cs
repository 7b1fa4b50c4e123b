namespace KeynoteBuilder.Pipeline;

/// <summary>
/// Passes writes through to the output and stops the build when the package passes its cap: the
/// estimate made before writing cannot see how big charts draw, so this is the last guard.
/// </summary>
internal sealed class CappedStream(Stream inner, long cap) : Stream
{
    /// <summary>How far into the package anything has been written: its size so far.</summary>
    private long _written;

    public override bool CanRead => false;

    // Seeking passes through: the zip writer then fills in each entry's sizes as before, and the bytes stay the same.
    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var end = (inner.CanSeek ? inner.Position : _written) + buffer.Length;
        _written = Math.Max(_written, end);
        if (_written > cap)
        {
            throw new PackageTooLargeException(cap);
        }

        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Thrown by <see cref="CappedStream"/> and turned into a located error by the compiler.</summary>
internal sealed class PackageTooLargeException(long cap) : Exception($"the package passed {cap:N0} bytes")
{
    public long Cap { get; } = cap;
}
