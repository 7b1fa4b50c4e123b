using System.Runtime.InteropServices;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Checks that a PNG or JPEG decodes completely, so a file cut short or with broken data is reported
/// instead of showing as a black, grey or empty picture. SkiaSharp lives here, so the check does too.
/// </summary>
public static class ImageDecoding
{
    /// <summary>
    /// True when every pixel row decodes. A JPEG is decoded at an eighth of its size (the decoder still
    /// reads all of its compressed data); a PNG row by row, so a big picture needs one row of memory.
    /// </summary>
    public static bool DecodesCompletely(byte[] data)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null)
        {
            return false;
        }

        var size = codec.GetScaledDimensions(1f / 8);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (info.Width <= 0 || info.Height <= 0)
        {
            return false;
        }

        if (codec.StartScanlineDecode(info) == SKCodecResult.Success)
        {
            var row = Marshal.AllocHGlobal(info.RowBytes);
            try
            {
                for (var y = 0; y < info.Height; y++)
                {
                    if (codec.GetScanlines(row, 1, info.RowBytes) != 1)
                    {
                        return false;
                    }
                }

                return true;
            }
            finally
            {
                Marshal.FreeHGlobal(row);
            }
        }

        // Interlaced PNGs cannot be read row by row: decode the whole picture (at most 50 megapixels).
        var pixels = Marshal.AllocHGlobal((nint)info.BytesSize64);
        try
        {
            return codec.GetPixels(info, pixels) == SKCodecResult.Success;
        }
        finally
        {
            Marshal.FreeHGlobal(pixels);
        }
    }
}
