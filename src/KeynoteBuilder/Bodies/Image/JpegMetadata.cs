using System.Buffers.Binary;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// Removes what a camera or phone writes about the photo rather than the picture (Exif with GPS position,
/// time and serial numbers, XMP, IPTC, comments, maker notes, appended preview images) by copying the JPEG's
/// segments losslessly: the compressed picture is not touched. Kept: JFIF (APP0), the colour profile
/// (APP2 ICC_PROFILE) and Adobe's colour transform (APP14), which change how the picture decodes. The Exif
/// orientation goes too: slide clients ignore it, so the slide turns the picture instead (PictureTurn).
/// </summary>
public static class JpegMetadata
{
    private const byte App0 = 0xE0;
    private const byte App2 = 0xE2;
    private const byte App14 = 0xEE;
    private const byte Exif = 0xE1;
    private const ushort OrientationTag = 0x0112;

    /// <summary>The JPEG without private metadata; the same array when there is nothing to remove.</summary>
    public static byte[] Strip(byte[] jpeg)
    {
        var segments = JpegSegments.Walk(jpeg);
        if (segments.Count == 0 || segments[^1].Marker != JpegSegment.StartOfScan)
        {
            return jpeg; // not a JPEG this can walk safely; the damage check reports it
        }

        var end = JpegSegments.EndOfImage(jpeg, segments[^1].End) ?? jpeg.Length;
        var removed = segments.Where(s => !Keep(jpeg, s)).ToList();
        if (removed.Count == 0 && end == jpeg.Length)
        {
            return jpeg;
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2);
        foreach (var segment in segments.Where(s => Keep(jpeg, s)))
        {
            output.Write(jpeg, segment.Start, segment.End - segment.Start);
        }

        var scan = segments[^1].End;
        output.Write(jpeg, scan, end - scan);
        return output.ToArray();
    }

    private static bool Keep(byte[] jpeg, JpegSegment segment) => segment.Marker switch
    {
        App0 or App14 => true,
        App2 => jpeg.AsSpan(segment.BodyStart, segment.BodyLength).StartsWith("ICC_PROFILE\0"u8),
        0xE1 or (> 0xE2 and <= 0xEF) or 0xFE => false, // APP1 (Exif, XMP), other APPn (IPTC, maker data), COM
        _ => true,
    };

    /// <summary>The Exif orientation of a JPEG (1 to 8), 1 when it has none.</summary>
    public static int OrientationOf(byte[] jpeg)
    {
        foreach (var segment in JpegSegments.Walk(jpeg).Where(s => s.Marker == Exif))
        {
            if (Orientation(jpeg.AsSpan(segment.BodyStart, segment.BodyLength)) is { } orientation)
            {
                return orientation;
            }
        }

        return 1;
    }

    /// <summary>
    /// A copy of the JPEG whose Exif orientation says "as stored" (1); the same array when it says nothing else.
    /// Slide clients ignore the orientation and the slide turns the picture (PictureTurn), but a decoder that
    /// honours it would turn the kept Exif's picture a second time: a renderer decodes this copy instead.
    /// </summary>
    public static byte[] WithoutOrientation(byte[] jpeg)
    {
        var copy = jpeg;
        foreach (var segment in JpegSegments.Walk(jpeg).Where(s => s.Marker == Exif))
        {
            var body = jpeg.AsSpan(segment.BodyStart, segment.BodyLength);
            if (OrientationEntry(body) is { } entry && Orientation(body) is not (null or 1))
            {
                copy = copy == jpeg ? (byte[])jpeg.Clone() : copy;
                var value = copy.AsSpan(segment.BodyStart + entry.Value, 2);
                if (entry.Little)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(value, 1);
                }
                else
                {
                    BinaryPrimitives.WriteUInt16BigEndian(value, 1);
                }
            }
        }

        return copy;
    }

    /// <summary>The Orientation tag (1-8) of IFD0 in an APP1 Exif body, or null.</summary>
    public static int? Orientation(ReadOnlySpan<byte> app1)
    {
        if (OrientationEntry(app1) is not { } entry)
        {
            return null;
        }

        var value = entry.Little ? BinaryPrimitives.ReadUInt16LittleEndian(app1[entry.Value..]) : BinaryPrimitives.ReadUInt16BigEndian(app1[entry.Value..]);
        return value is >= 1 and <= 8 ? value : null;
    }

    /// <summary>Where IFD0's Orientation value lies in an APP1 Exif body, and its byte order; null without one.</summary>
    private static (int Value, bool Little)? OrientationEntry(ReadOnlySpan<byte> app1)
    {
        if (!app1.StartsWith("Exif\0\0"u8) || app1.Length < 14)
        {
            return null;
        }

        var tiff = app1[6..];
        var little = tiff.StartsWith("II"u8);
        if (!little && !tiff.StartsWith("MM"u8))
        {
            return null;
        }

        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (ifd > (uint)tiff.Length - 2)
        {
            return null;
        }

        var count = U16(tiff[(int)ifd..]);
        for (var e = 0; e < count; e++)
        {
            var entry = (int)ifd + 2 + (e * 12);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            if (U16(tiff[entry..]) == OrientationTag)
            {
                return (6 + entry + 8, little);
            }
        }

        return null;
    }
}
