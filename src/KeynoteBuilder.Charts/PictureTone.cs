using System.Globalization;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// The tones of a picture, for putting text on it: its average colour, and the colours of its darkest and
/// lightest hundredth (text must read on those too, not only on the average: thin dark lines of a diagram
/// are few pixels, and text crossing them must still read). Colours are six hex digits.
/// </summary>
public sealed record PictureTone(string Average, string Dark, string Light)
{
    /// <summary>The picture is looked at this small: tones, not detail.</summary>
    private const int SampleSide = 128;

    /// <summary>
    /// The tones of an encoded picture (PNG, JPEG, GIF: its first frame) laid over <paramref name="behind"/>
    /// where it is transparent; null when it does not decode.
    /// </summary>
    public static PictureTone? Of(byte[] encoded, string behind)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        // Decode at the codec's smallest size (a JPEG decodes an eighth each way), then sample that down.
        var size = codec.GetScaledDimensions(1f / 8);
        using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (codec.GetPixels(decoded.Info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)SampleSide / Math.Max(size.Width, size.Height));
        var sample = new SKImageInfo(Math.Max(1, (int)(size.Width * scale)), Math.Max(1, (int)(size.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var small = decoded.Resize(sample, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) ?? decoded.Copy();
        var back = SKColor.Parse("#" + behind);
        var pixels = small.Pixels.Select(p => Over(p, back)).OrderBy(Luminance).ToList();
        var hundredth = Math.Max(1, pixels.Count / 100);
        return new PictureTone(Hex(Mean(pixels)), Hex(pixels[hundredth - 1]), Hex(pixels[^hundredth]));
    }

    private static SKColor Over(SKColor pixel, SKColor back)
    {
        var a = pixel.Alpha / 255.0;
        byte Mix(byte top, byte under) => (byte)Math.Round((top * a) + (under * (1 - a)));
        return new SKColor(Mix(pixel.Red, back.Red), Mix(pixel.Green, back.Green), Mix(pixel.Blue, back.Blue));
    }

    private static SKColor Mean(List<SKColor> pixels) => new(
        (byte)Math.Round(pixels.Average(p => p.Red)),
        (byte)Math.Round(pixels.Average(p => p.Green)),
        (byte)Math.Round(pixels.Average(p => p.Blue)));

    /// <summary>Rec. 709 luma, enough to order pixels by lightness.</summary>
    private static double Luminance(SKColor c) => (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);

    private static string Hex(SKColor c) => string.Create(CultureInfo.InvariantCulture, $"{c.Red:X2}{c.Green:X2}{c.Blue:X2}");
}
