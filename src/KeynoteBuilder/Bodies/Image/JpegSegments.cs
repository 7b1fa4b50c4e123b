using System.Buffers.Binary;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>One JPEG marker segment: where it starts (its fill bytes included) and where its body lies.</summary>
public readonly record struct JpegSegment(byte Marker, int Start, int BodyStart, int BodyLength)
{
    public const byte StartOfScan = 0xDA;

    public int End => BodyStart + BodyLength;

    /// <summary>A start-of-frame marker (SOF0-SOF15 but DHT, JPG and DAC), which holds the image size.</summary>
    public bool IsFrame => Marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}

/// <summary>The marker segments of a JPEG's header, from after SOI to the first start of scan.</summary>
public static class JpegSegments
{
    /// <summary>
    /// The segments up to and including the first SOS, whose body is the scan header (the compressed data
    /// follows it). Any number of 0xFF fill bytes may precede a marker (ITU T.81, B.1.1.2). Stops early
    /// at the first byte that is not a marker or a segment that runs past the end.
    /// </summary>
    public static List<JpegSegment> Walk(ReadOnlySpan<byte> data)
    {
        var segments = new List<JpegSegment>();
        var i = 2;
        while (i < data.Length && data[i] == 0xFF)
        {
            var start = i;
            while (i < data.Length && data[i] == 0xFF)
            {
                i++;
            }

            if (i >= data.Length || data[i] == 0x00)
            {
                break;
            }

            var marker = data[i++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD9))
            {
                // TEM, RSTn, SOI and EOI stand alone, without a length.
                segments.Add(new JpegSegment(marker, start, i, 0));
                if (marker == 0xD9)
                {
                    break;
                }

                continue;
            }

            var length = i + 2 <= data.Length ? BinaryPrimitives.ReadUInt16BigEndian(data[i..]) : 0;
            if (length < 2 || i + length > data.Length)
            {
                break;
            }

            segments.Add(new JpegSegment(marker, start, i + 2, length - 2));
            i += length;
            if (marker == JpegSegment.StartOfScan)
            {
                break;
            }
        }

        return segments;
    }

    /// <summary>
    /// Whether the JPEG runs from its header through the compressed data to the end-of-image marker. The
    /// decoder fills a cut-off picture with grey without a word, so a missing end is checked here.
    /// </summary>
    public static bool IsComplete(ReadOnlySpan<byte> jpeg)
    {
        var segments = Walk(jpeg);
        return segments.Count > 0 && segments[^1].Marker == JpegSegment.StartOfScan && EndOfImage(jpeg, segments[^1].End) is not null;
    }

    /// <summary>The offset after the EOI marker, or null when there is none: the file was cut short.</summary>
    public static int? EndOfImage(ReadOnlySpan<byte> jpeg, int from)
    {
        var i = from;
        while (i + 1 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                var skip = jpeg[i..].IndexOf((byte)0xFF);
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                continue;
            }

            var next = jpeg[i + 1];
            if (next == 0xD9)
            {
                return i + 2;
            }

            if (next is 0x00 or 0xFF or (>= 0xD0 and <= 0xD7))
            {
                // A stuffed 0xFF in the compressed data, a fill byte, or a restart marker.
                i += next == 0xFF ? 1 : 2;
                continue;
            }

            // A segment between the scans of a progressive JPEG (DHT, SOS, ...): skip it whole.
            if (i + 4 > jpeg.Length)
            {
                break;
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 2)..]);
        }

        return null;
    }
}
