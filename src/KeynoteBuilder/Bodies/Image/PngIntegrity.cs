using System.Buffers.Binary;
using System.IO.Compression;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// Verifies a PNG without decoding its pixels: every chunk whole and its CRC right, an IHDR the format
/// allows, and image data that inflates to exactly the rows the header declares, each with a valid filter
/// byte. A file cut short, a header alone, or a header declaring more rows than the data holds all fail,
/// in one pass and constant memory however large the picture.
/// </summary>
public static class PngIntegrity
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    public static bool IsComplete(ReadOnlySpan<byte> png)
    {
        var compressed = new MemoryStream();
        Header? header = null;
        var i = 8;
        while (true)
        {
            if (i + 12 > png.Length)
            {
                return false; // cut short before IEND
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(png[i..]);
            if (length > (uint)(png.Length - i - 12))
            {
                return false;
            }

            var typeAndData = png.Slice(i + 4, 4 + (int)length);
            if (Crc(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(png[(i + 8 + (int)length)..]))
            {
                return false;
            }

            var type = typeAndData[..4];
            var data = typeAndData[4..];
            if (type.SequenceEqual("IHDR"u8))
            {
                header = Header.Read(data);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                compressed.Write(data);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            i += 12 + (int)length;
        }

        if (header is not { } h)
        {
            return false;
        }

        compressed.Position = 0;
        return Inflates(compressed, h);
    }

    /// <summary>Inflates the image data, checking each row's filter byte, and requires every row of every pass.</summary>
    private static bool Inflates(Stream compressed, Header header)
    {
        var rows = header.Rows().GetEnumerator();
        long left = 0; // bytes left in the current row; 0 means the next byte is a filter byte
        var buffer = new byte[64 * 1024];
        try
        {
            using var inflate = new ZLibStream(compressed, CompressionMode.Decompress);
            int read;
            while ((read = inflate.Read(buffer)) > 0)
            {
                for (var k = 0; k < read;)
                {
                    if (left == 0)
                    {
                        if (!rows.MoveNext())
                        {
                            return true; // every row is there; trailing bytes are harmless
                        }

                        if (buffer[k] > 4)
                        {
                            return false; // filter types are 0 to 4
                        }

                        left = rows.Current;
                        k++;
                        continue;
                    }

                    var take = (int)Math.Min(left, read - k);
                    left -= take;
                    k += take;
                }
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }

        return left == 0 && !rows.MoveNext();
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private readonly record struct Header(long Width, long Height, int BitsPerPixel, bool Interlaced)
    {
        // Adam7 passes: first column and row, then the steps between them.
        private static readonly (int X, int Y, int Dx, int Dy)[] Passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

        public static Header? Read(ReadOnlySpan<byte> ihdr)
        {
            if (ihdr.Length != 13)
            {
                return null;
            }

            int? channels = ihdr[9] switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => null };
            var depth = ihdr[8];
            return channels is null || depth is not (1 or 2 or 4 or 8 or 16) || ihdr[12] > 1
                ? null
                : new Header(BinaryPrimitives.ReadUInt32BigEndian(ihdr), BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]), channels.Value * depth, ihdr[12] == 1);
        }

        /// <summary>The byte length (after its filter byte) of each row the data must hold, pass by pass.</summary>
        public IEnumerable<long> Rows()
        {
            foreach (var (x, y, dx, dy) in Interlaced ? Passes : [(0, 0, 1, 1)])
            {
                var width = (Width - x + dx - 1) / dx;
                var height = (Height - y + dy - 1) / dy;
                if (width <= 0)
                {
                    continue; // an empty pass has no rows, not even filter bytes
                }

                var bytes = ((width * BitsPerPixel) + 7) / 8;
                for (long r = 0; r < height; r++)
                {
                    yield return bytes;
                }
            }
        }
    }
}
