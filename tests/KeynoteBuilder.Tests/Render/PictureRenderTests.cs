using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Render;

/// <summary>Pictures in keynote's own PDF and PNGs: shown as PowerPoint shows the .pptx.</summary>
public sealed class PictureRenderTests : IDisposable
{
    private readonly TestBuild _build = new();

    public void Dispose() => _build.Dispose();

    private string Render(string yaml, string output, int pngWidth = 960)
    {
        var deck = _build.Write("deck.yaml", yaml);
        var path = Path.Combine(_build.Folder, output);
        var stderr = new StringWriter();
        Assert.True(new DeckBuilder(new StringWriter(), stderr).Build(new BuildRequest(deck, path) { PngWidth = pngWidth }) == 0, stderr.ToString());
        return path;
    }

    /// <summary>
    /// A phone photo stored on its side (200 x 400, red top-left quarter, the rest blue) with Exif orientation 6
    /// (turn a quarter clockwise): upright it is 400 x 200 with the red quarter top right. With its Exif kept,
    /// Skia's decoder turned it too, so it was drawn turned twice (upside down) and stretched into the frame.
    /// </summary>
    [Fact]
    public void A_photo_kept_with_its_exif_orientation_is_turned_once_as_without_it()
    {
        var stored = QuarterJpeg(200, 400);
        _build.WriteBytes("phone.jpg", TestImages.WithSegments(stored, TestImages.App1(TestImages.PhoneExif(6))));
        var folder = Render("""
            title: Phone
            slides:
              - image: phone.jpg
              - image: phone.jpg
                keep-metadata: true
            """, "png/");

        foreach (var name in new[] { "slide-01.png", "slide-02.png" })
        {
            using var slide = SKBitmap.Decode(Path.Combine(folder, name));
            var picture = Bounds(slide, IsPictureColour);
            var red = Bounds(slide, c => c.Red > 200 && c.Blue < 80);

            // Upright: twice as wide as high, the red quarter in its top right.
            Assert.InRange(picture.Width / (double)picture.Height, 1.9, 2.1);
            Assert.InRange(red.MidX, picture.MidX, picture.Right);
            Assert.InRange(red.MidY, picture.Top, picture.MidY);
            Assert.InRange(red.Width / (double)picture.Width, 0.45, 0.55);
            Assert.InRange(red.Height / (double)picture.Height, 0.45, 0.55);
        }

        // The PDF embeds the JPEG as it is (DCT data) for both slides, as it does without Exif.
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Render(File.ReadAllText(Path.Combine(_build.Folder, "deck.yaml")), "deck.pdf")));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(pdf, "/DCTDecode"));
    }

    /// <summary>
    /// A 2400 x 1200 picture of one-pixel black and white stripes in a red border, drawn about 0.3 of its size:
    /// read from mipmaps, the stripes average to an even grey. Read with a cubic filter, which looks at the few
    /// pixels around each point, they came out as dark and light bands (the aliasing that made screenshots' text
    /// illegible). The PDF keeps the picture itself at every size.
    /// </summary>
    [Fact]
    public void A_picture_drawn_at_a_third_of_its_size_averages_its_pixels_instead_of_skipping_them()
    {
        _build.WriteBytes("stripes.png", StripesPng(2400, 1200, border: 100));
        var folder = Render("""
            title: Stripes
            slides:
              - image: stripes.png
            """, "png/");

        using var slide = SKBitmap.Decode(Path.Combine(folder, "slide-01.png"));
        var picture = Bounds(slide, c => c.Red > 200 && c.Green < 60 && c.Blue < 60);
        Assert.InRange(picture.Width / 2400.0, 0.2, 0.4);
        var inner = SKRectI.Inflate(picture, -picture.Width / 5, -picture.Height / 5);
        var greys = new List<double>();
        for (var y = inner.Top; y < inner.Bottom; y++)
        {
            for (var x = inner.Left; x < inner.Right; x++)
            {
                var c = slide.GetPixel(x, y);
                greys.Add((c.Red + c.Green + c.Blue) / 3.0);
            }
        }

        Assert.InRange(greys.Min(), 100, 155);
        Assert.InRange(greys.Max(), 100, 155);

        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Render(File.ReadAllText(Path.Combine(_build.Folder, "deck.yaml")), "deck.pdf")));
        Assert.Matches(@"/Width 2400\b", pdf);
        Assert.Matches(@"/Height 1200\b", pdf);
    }

    /// <summary>Vertical stripes one pixel wide, black and white, inside a red border.</summary>
    private static byte[] StripesPng(int width, int height, int border)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Red);
        using (var canvas = new SKCanvas(bitmap))
        using (var black = new SKPaint { Color = SKColors.Black })
        using (var white = new SKPaint { Color = SKColors.White })
        {
            for (var x = border; x < width - border; x++)
            {
                canvas.DrawRect(x, border, 1, height - (2 * border), x % 2 == 0 ? black : white);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static bool IsPictureColour(SKColor c) => (c.Red > 200 && c.Blue < 80) || (c.Blue > 200 && c.Red < 80 && c.Green < 80);

    /// <summary>The smallest rectangle holding every pixel that matches.</summary>
    internal static SKRectI Bounds(SKBitmap bitmap, Func<SKColor, bool> matches)
    {
        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, -1, -1);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (matches(bitmap.GetPixel(x, y)))
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
            }
        }

        Assert.True(right >= 0, "no pixel matches");
        return new SKRectI(left, top, right, bottom);
    }

    /// <summary>A JPEG whose top-left quarter is red and the rest blue.</summary>
    private static byte[] QuarterJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Blue);
        using (var canvas = new SKCanvas(bitmap))
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawRect(0, 0, width / 2f, height / 2f, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }
}
