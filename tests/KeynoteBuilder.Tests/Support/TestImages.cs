using SkiaSharp;

namespace KeynoteBuilder.Tests.Support;

/// <summary>Real JPEG files made in the test, and the Exif a phone writes into one.</summary>
public static class TestImages
{
    /// <summary>A baseline JPEG of a gradient, as a camera would write it (no metadata).</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.Red, SKColors.Blue], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A PNG of one colour.</summary>
    public static byte[] Png(int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The JPEG with <paramref name="segments"/> inserted right after its start-of-image marker.</summary>
    public static byte[] WithSegments(byte[] jpeg, params byte[][] segments) => [.. jpeg[..2], .. segments.SelectMany(s => s), .. jpeg[2..]];

    /// <summary>An APP1 segment with a body.</summary>
    public static byte[] App1(byte[] body) => [0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body];

    /// <summary>
    /// A phone's Exif (big-endian TIFF): IFD0 with Orientation, Make "PhoneCo" and a pointer to a GPS IFD
    /// holding latitude 48°51'29.64" N.
    /// </summary>
    public static byte[] PhoneExif(int orientation) =>
    [
        .. "Exif\0\0"u8,
        .. "MM\0\x2A"u8, 0, 0, 0, 8,
        0, 3, // IFD0 at 8: three entries, ends at 50
        0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, // Orientation
        0x01, 0x0F, 0, 2, 0, 0, 0, 8, 0, 0, 0, 50, // Make, ASCII[8] at 50
        0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 58, // GPSInfo IFD at 58
        0, 0, 0, 0,
        .. "PhoneCo\0"u8, // 50..58
        0, 2, // GPS IFD: two entries, ends at 88
        0, 1, 0, 2, 0, 0, 0, 2, (byte)'N', 0, 0, 0, // GPSLatitudeRef "N"
        0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 88, // GPSLatitude, RATIONAL[3] at 88
        0, 0, 0, 0,
        0, 0, 0, 48, 0, 0, 0, 1, 0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0x0B, 0x94, 0, 0, 0, 100, // 48/1 51/1 2964/100
    ];

    /// <summary>An XMP packet as phones write it, with the position in it.</summary>
    public static byte[] PhoneXmp() =>
        [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>48,51.494N</exif:GPSLatitude></x:xmpmeta>"u8];
}
