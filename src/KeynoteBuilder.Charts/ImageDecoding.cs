using System.Runtime.InteropServices;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Checks that a JPEG decodes, so broken data is reported instead of showing as a grey or black picture.
/// SkiaSharp lives here, so the check does too. (PNGs are verified in the core without decoding pixels,
/// see PngIntegrity: a PNG decodes only at full size, up to 200 MB for 50 megapixels.)
/// </summary>
public static class ImageDecoding
{
    /// <summary>
    /// True when the image decodes without error. It is decoded at the smallest size the codec offers (an
    /// eighth each way for a JPEG, whose decoder still reads all of its compressed data), into memory of that size.
    /// </summary>
    public static bool Decodes(byte[] data)
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
