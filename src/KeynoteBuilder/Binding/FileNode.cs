using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace KeynoteBuilder.Binding;

/// <summary>What kind of file system entry a path names, after following links.</summary>
public enum FileNodeKind
{
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>A file's kind and identity (device and inode), so that two spellings of one file compare equal.</summary>
public readonly record struct FileNode(FileNodeKind Kind, ulong Device, ulong Inode)
{
    /// <summary>The user-facing name of a kind that is not a regular file.</summary>
    public string KindName => Kind switch
    {
        FileNodeKind.Fifo => "a named pipe (FIFO)",
        FileNodeKind.CharacterDevice => "a character device",
        FileNodeKind.BlockDevice => "a block device",
        FileNodeKind.Socket => "a socket",
        FileNodeKind.Directory => "a folder",
        FileNodeKind.Regular => "a regular file",
        _ => "not a regular file",
    };

    /// <summary>
    /// The entry at <paramref name="path"/> (links followed), or null when it does not exist or the system
    /// cannot tell. .NET has no public API for the file type, and opening a FIFO to look blocks forever,
    /// so this asks the C library: <c>statx</c> on Linux (one layout on every architecture), <c>stat</c> on macOS.
    /// </summary>
    public static FileNode? Of(string path) => NativeStat.Of(path);

    /// <summary>Kind from the POSIX <c>st_mode</c> type bits, which have the same values on Linux and macOS.</summary>
    internal static FileNodeKind KindOf(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileNodeKind.Regular,
        0x4000 => FileNodeKind.Directory,
        0x1000 => FileNodeKind.Fifo,
        0x2000 => FileNodeKind.CharacterDevice,
        0x6000 => FileNodeKind.BlockDevice,
        0xC000 => FileNodeKind.Socket,
        _ => FileNodeKind.Other,
    };

    private static unsafe class NativeStat
    {
        private const int AtFdCwd = -100;
        private const uint StatxTypeAndIno = 0x1 | 0x100;

        private static readonly delegate* unmanaged<int, byte*, int, uint, byte*, int> Statx = (delegate* unmanaged<int, byte*, int, uint, byte*, int>)Export("libc.so.6", "statx");
        private static readonly delegate* unmanaged<byte*, byte*, int> MacStat = (delegate* unmanaged<byte*, byte*, int>)Export("libSystem.dylib", RuntimeInformation.ProcessArchitecture == Architecture.X64 ? "stat$INODE64" : "stat");

        public static FileNode? Of(string path)
        {
            if (path.Contains('\0', StringComparison.Ordinal))
            {
                return null;
            }

            var name = Encoding.UTF8.GetBytes(path + "\0");
            Span<byte> buffer = stackalloc byte[512];
            buffer.Clear();
            fixed (byte* p = name)
            fixed (byte* b = buffer)
            {
                if (OperatingSystem.IsLinux() && Statx != null)
                {
                    // struct statx: stx_mode (u16) at 28, stx_ino at 32, stx_dev_major/minor at 136/140.
                    return Statx(AtFdCwd, p, 0, StatxTypeAndIno, b) != 0 ? null : new FileNode(
                        KindOf(BinaryPrimitives.ReadUInt16LittleEndian(buffer[28..])),
                        ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer[140..]),
                        BinaryPrimitives.ReadUInt64LittleEndian(buffer[32..]));
                }

                if (OperatingSystem.IsMacOS() && MacStat != null)
                {
                    // struct stat (64-bit inodes): st_dev (i32) at 0, st_mode (u16) at 4, st_ino at 8.
                    return MacStat(p, b) != 0 ? null : new FileNode(
                        KindOf(BinaryPrimitives.ReadUInt16LittleEndian(buffer[4..])),
                        BinaryPrimitives.ReadUInt32LittleEndian(buffer),
                        BinaryPrimitives.ReadUInt64LittleEndian(buffer[8..]));
                }
            }

            return null;
        }

        private static nint Export(string library, string name) =>
            NativeLibrary.TryLoad(library, out var handle) && NativeLibrary.TryGetExport(handle, name, out var address) ? address : 0;
    }
}
