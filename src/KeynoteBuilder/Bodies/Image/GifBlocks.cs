namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// Walks a GIF's blocks (GIF89a specification, sections 17-27) from the logical screen to the trailer,
/// without decoding: a file cut short, or with a block that is none of the format's, is not whole.
/// An animated GIF is many image blocks; every one is walked, so a cut in the last frame is found too.
/// </summary>
public static class GifBlocks
{
    private const byte Extension = 0x21;
    private const byte ImageDescriptor = 0x2C;
    private const byte Trailer = 0x3B;

    public static bool IsGif(ReadOnlySpan<byte> data) =>
        data.Length >= 6 && (data[..6].SequenceEqual("GIF87a"u8) || data[..6].SequenceEqual("GIF89a"u8));

    /// <summary>The logical screen size, little-endian after the signature.</summary>
    public static (long Width, long Height)? Size(ReadOnlySpan<byte> data) =>
        IsGif(data) && data.Length >= 10 ? (data[6] | (data[7] << 8), data[8] | (data[9] << 8)) : null;

    public static bool IsComplete(ReadOnlySpan<byte> data)
    {
        if (!IsGif(data) || data.Length < 13)
        {
            return false;
        }

        var i = 13 + ColorTableLength(data[10]);
        var images = 0;
        while (i < data.Length)
        {
            switch (data[i])
            {
                case Trailer:
                    return images > 0;
                case Extension:
                    i = SkipSubBlocks(data, i + 2);
                    break;
                case ImageDescriptor:
                    if (i + 10 > data.Length)
                    {
                        return false;
                    }

                    // Descriptor, optional local colour table, LZW code size byte, then the data sub-blocks.
                    i = SkipSubBlocks(data, i + 10 + ColorTableLength(data[i + 9]) + 1);
                    images++;
                    break;
                default:
                    return false;
            }

            if (i < 0)
            {
                return false;
            }
        }

        return false; // no trailer: cut short
    }

    /// <summary>A colour table follows when the packed field's top bit is set: 3 x 2^(N+1) bytes.</summary>
    private static int ColorTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));

    /// <summary>The index after a chain of length-prefixed sub-blocks and its zero terminator, or -1 when it runs past the end.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int i)
    {
        while (i < data.Length)
        {
            var length = data[i];
            i += 1 + length;
            if (length == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
