using System.Globalization;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// The tones of a picture, for putting text on it: its average colour, and the colours of its darkest and
/// lightest thousandth (text must read on those too, not only on the average: a screenshot's own letters,
/// the white labels on a circuit board, the thin lines of a diagram are few pixels, and text crossing them
/// must still read). Colours are six hex digits.
/// </summary>
public sealed record PictureTone(string Average, string Dark, string Light)
{
    /// <summary>
    /// The picture is measured about as large as a projector shows it (a 1920-pixel-wide slide): shrunk
    /// further, a screenshot's letters and a board's labels blur into the grey around them and vanish from
    /// the extremes.
    /// </summary>
    public const int ShownSide = 1920;

    /// <summary>The share of pixels counted as the darkest or lightest part.</summary>
    public const double ExtremeShare = 0.001;

    /// <summary>
    /// The tones of the part of an encoded picture (PNG, JPEG, GIF: its first frame) that shows, with
    /// <paramref name="left"/>, <paramref name="top"/>, <paramref name="right"/> and <paramref name="bottom"/>
    /// cut off (shares of its stored width and height), laid over <paramref name="behind"/> where it is
    /// transparent; null when it does not decode.
    /// </summary>
    public static PictureTone? Of(byte[] encoded, string behind, double left = 0, double top = 0, double right = 0, double bottom = 0)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        // A JPEG decodes at an eighth, a quarter or a half each way for free: the smallest that still shows
        // the part that shows at least as large as the slide on a projector.
        var shownShare = Math.Max(0.01, 1 - left - right);
        var wanted = Math.Min(1f, (float)(ShownSide / (codec.Info.Width * shownShare)));
        var size = codec.GetScaledDimensions(wanted);
        using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (codec.GetPixels(decoded.Info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var x0 = (int)Math.Floor(size.Width * left);
        var y0 = (int)Math.Floor(size.Height * top);
        var x1 = Math.Max(x0 + 1, (int)Math.Ceiling(size.Width * (1 - right)));
        var y1 = Math.Max(y0 + 1, (int)Math.Ceiling(size.Height * (1 - bottom)));
        return Measure(decoded, new SKRectI(x0, y0, Math.Min(x1, size.Width), Math.Min(y1, size.Height)), SKColor.Parse("#" + behind));
    }

    /// <summary>
    /// One pass over the pixels into 256 bins of lightness, each summing its pixels' colours, so that a
    /// photo of millions of pixels needs no sort: the extremes are the bins the first and last thousandth fall in.
    /// </summary>
    private static PictureTone Measure(SKBitmap bitmap, SKRectI area, SKColor back)
    {
        var count = new long[256];
        var sums = new long[256, 3];
        var total = new long[3];
        var bytes = bitmap.GetPixelSpan();
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var at = (y * bitmap.RowBytes) + (x * 4);
                var p = Over(new SKColor(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]), back);
                var bin = Math.Clamp((int)Math.Round(Luma(p)), 0, 255);
                count[bin]++;
                (sums[bin, 0], sums[bin, 1], sums[bin, 2]) = (sums[bin, 0] + p.Red, sums[bin, 1] + p.Green, sums[bin, 2] + p.Blue);
            }
        }

        var pixels = count.Sum();
        var extreme = Math.Max(1, (long)(pixels * ExtremeShare));
        for (var c = 0; c < 3; c++)
        {
            for (var bin = 0; bin < 256; bin++)
            {
                total[c] += sums[bin, c];
            }
        }

        string BinColor(int bin) => Hex(sums[bin, 0] / count[bin], sums[bin, 1] / count[bin], sums[bin, 2] / count[bin]);
        string Reached(IEnumerable<int> bins)
        {
            long seen = 0;
            foreach (var bin in bins)
            {
                seen += count[bin];
                if (seen >= extreme)
                {
                    return BinColor(bin);
                }
            }

            throw new InvalidOperationException("a picture's pixels were all counted");
        }

        var average = Hex(total[0] / pixels, total[1] / pixels, total[2] / pixels);
        return new PictureTone(average, Reached(Enumerable.Range(0, 256)), Reached(Enumerable.Range(0, 256).Reverse()));
    }

    private static SKColor Over(SKColor pixel, SKColor back)
    {
        var a = pixel.Alpha / 255.0;
        byte Mix(byte top, byte under) => (byte)Math.Round((top * a) + (under * (1 - a)));
        return new SKColor(Mix(pixel.Red, back.Red), Mix(pixel.Green, back.Green), Mix(pixel.Blue, back.Blue));
    }

    /// <summary>Rec. 709 luma, enough to order pixels by lightness.</summary>
    private static double Luma(SKColor c) => (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);

    private static string Hex(long r, long g, long b) => string.Create(CultureInfo.InvariantCulture, $"{r:X2}{g:X2}{b:X2}");
}
