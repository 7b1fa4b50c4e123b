using System.Runtime.InteropServices;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Pixel memory for raster surfaces, reused between images and asked of Linux in huge pages.
/// </summary>
/// <remarks>
/// A chart's PNG surface is about 9 MB (2272 x 1008 pixels of 4 bytes), and a build draws several.
/// Touching fresh memory is what that costs, not drawing: on the virtual machines CI and this project's
/// benchmark run on, faulting in 4 KiB pages cost 3-10 ms per MB (measured), while the same memory asked
/// for in 2 MiB pages (<c>madvise(MADV_HUGEPAGE)</c>) faults in a few times faster. Buffers go back to a small
/// pool, so a deck's charts (drawn on as many threads as there are cores) share as many buffers as run at once.
/// </remarks>
public static partial class PixelMemory
{
    private const nuint HugePage = 2 * 1024 * 1024;

    /// <summary>Buffers kept for reuse; more than this many at once (large decks on many cores) are freed.</summary>
    private static readonly int Kept = Math.Max(2, Environment.ProcessorCount);

    private static readonly Stack<Buffer> Free = new();

    /// <summary>A raster surface of <paramref name="info"/> over pooled memory; disposing it returns the memory.</summary>
    public static PooledSurface CreateSurface(SKImageInfo info)
    {
        var buffer = Rent((nuint)info.BytesSize64);
        var surface = SKSurface.Create(info, buffer.Pointer, info.RowBytes);
        if (surface is null)
        {
            Return(buffer);
            throw new InvalidOperationException($"cannot allocate a {info.Width}x{info.Height} image");
        }

        return new PooledSurface(surface, buffer);
    }

    private static Buffer Rent(nuint bytes)
    {
        lock (Free)
        {
            // The largest free buffer first: every chart of a deck tends to have the same size.
            if (Free.Count > 0 && Free.Peek().Size >= bytes)
            {
                return Free.Pop();
            }
        }

        return Allocate(bytes);
    }

    internal static void Return(Buffer buffer)
    {
        lock (Free)
        {
            if (Free.Count < Kept && (Free.Count == 0 || Free.Peek().Size <= buffer.Size))
            {
                Free.Push(buffer);
                return;
            }
        }

        Release(buffer);
    }

    private static unsafe Buffer Allocate(nuint bytes)
    {
        var size = (bytes + HugePage - 1) / HugePage * HugePage;
        var pointer = NativeMemory.AlignedAlloc(size, HugePage);
        if (OperatingSystem.IsLinux())
        {
            // Only advice: without transparent huge pages (or on refusal) the memory is ordinary pages.
            _ = Madvise((nint)pointer, size, MadviseHugePage);
        }

        return new Buffer((nint)pointer, size);
    }

    private static unsafe void Release(Buffer buffer) => NativeMemory.AlignedFree((void*)buffer.Pointer);

    private const int MadviseHugePage = 14;

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);

    internal readonly record struct Buffer(nint Pointer, nuint Size);
}

/// <summary>A surface drawn into pooled pixel memory (<see cref="PixelMemory"/>).</summary>
public sealed class PooledSurface : IDisposable
{
    private readonly PixelMemory.Buffer _buffer;
    private bool _disposed;

    internal PooledSurface(SKSurface surface, PixelMemory.Buffer buffer)
    {
        Surface = surface;
        _buffer = buffer;
    }

    public SKSurface Surface { get; }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Surface.Dispose();
        PixelMemory.Return(_buffer);
    }
}
