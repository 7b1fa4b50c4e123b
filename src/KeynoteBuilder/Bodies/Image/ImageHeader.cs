using System.Buffers.Binary;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// Reads the type and pixel size from a PNG, JPEG or GIF header, without decoding the image. Sizes are
/// unsigned as the formats define them (a PNG's 0xFFFFFFFF is four billion, not -1); the caller checks them.
/// </summary>
public static class ImageHeader
{
    public static (string ContentType, long Width, long Height)? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && data[12..16].SequenceEqual("IHDR"u8))
        {
            return ("image/png", BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
        }

        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            return Jpeg(data);
        }

        if (GifBlocks.Size(data) is var (width, height))
        {
            return ("image/gif", width, height);
        }

        return null;
    }

    /// <summary>Walks JPEG segments to the first start-of-frame marker, which holds the size.</summary>
    private static (string, long, long)? Jpeg(ReadOnlySpan<byte> data)
    {
        foreach (var segment in JpegSegments.Walk(data))
        {
            if (segment.IsFrame)
            {
                var body = data.Slice(segment.BodyStart, segment.BodyLength);
                return body.Length < 5 ? null : ("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(body[3..]), BinaryPrimitives.ReadUInt16BigEndian(body[1..]));
            }
        }

        return null;
    }
}
