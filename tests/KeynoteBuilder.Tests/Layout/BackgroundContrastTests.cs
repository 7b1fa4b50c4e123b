using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// Text over a background picture reads as docs/format.md promises: the slide's text at 7:1 and its emphasis
/// and links at 4.5:1 on the picture under the scrim, everywhere but its most extreme thousandth, checked here
/// pixel by pixel at the picture's full size (a photo's white labels, a screenshot's own letters); and the
/// package shows the emphasis and links in those colours, as a client resolves them.
/// </summary>
public sealed class BackgroundContrastTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    /// <summary>Pixels allowed below the promise: the picture's most extreme thousandth, and as much again for measuring it smaller.</summary>
    private const double Spared = 0.002;

    [Theory]
    [InlineData("board.jpg", "FFFFFF", "222222", "CC0000")]
    [InlineData("screenshot.png", "FFFFFF", "222222", "CC0000")]
    [InlineData("bright.png", "1D1F21", "E8E8E8", "3B82F6")]
    [InlineData("dark.png", "FFFFFF", "222222", "CC0000")]
    public void Text_emphasis_and_links_read_on_the_picture_under_the_scrim(string picture, string background, string text, string accent)
    {
        var (deck, package) = Build(picture, background, text, accent);
        var slide = deck.Slides[0];
        var theme = slide.Theme!;
        var scrim = slide.Shapes.OfType<ScrimShape>().Single();
        var shown = Shown(slide.Shapes.OfType<PictureShape>().Single(), scrim, background);

        AssertReads(shown, theme.Text, 7, "text");
        var xml = SlidePart(package);
        var scheme = Scheme(package);
        var emphasis = xml.Descendants(A + "r").Single(r => r.Element(A + "t")!.Value == "Rust");
        AssertReads(shown, Resolve(emphasis.Element(A + "rPr")!.Element(A + "solidFill")!.Elements().Single(), scheme, xml), 4.5, "emphasis");

        // Clients draw a link in the colour the slide's colour map gives hlink, whatever its run says.
        AssertReads(shown, Resolve(new XElement(A + "schemeClr", new XAttribute("val", "hlink")), scheme, xml), 4.5, "link");
    }

    [Fact]
    public void A_dark_photo_is_darkened_behind_light_text_and_a_screenshot_is_lightened_behind_dark_text()
    {
        var (board, _) = Build("board.jpg", "FFFFFF", "222222", "CC0000");
        var (screenshot, _) = Build("screenshot.png", "FFFFFF", "222222", "CC0000");

        var onBoard = board.Slides[0];
        Assert.Equal(("FFFFFF", "222222"), (onBoard.Theme!.Text, onBoard.Shapes.OfType<ScrimShape>().Single().Color));
        Assert.Equal("FFFFFF", onBoard.Theme.Link); // the red link would not read on the darkened board: the text colour
        Assert.NotEqual("CC0000", onBoard.Theme.Emphasis); // the red emphasis is lightened until it reads
        Assert.InRange(onBoard.Shapes.OfType<ScrimShape>().Single().Opacity, 0.5, 0.85); // its white labels need more than 35%

        var onScreenshot = screenshot.Slides[0];
        Assert.Equal(("222222", "FFFFFF"), (onScreenshot.Theme!.Text, onScreenshot.Shapes.OfType<ScrimShape>().Single().Color));
        Assert.InRange(onScreenshot.Shapes.OfType<ScrimShape>().Single().Opacity, 0.6, 0.85); // its black letters fade to a light grey
    }

    private static void AssertReads(List<string> shown, string color, double ratio, string what)
    {
        var below = shown.Where(c => Ratio(color, c) < ratio).OrderBy(c => Ratio(color, c)).ToList();
        if (below.Count > shown.Count * Spared)
        {
            Assert.Fail($"{what} #{color} is below {ratio}:1 on {below.Count} of {shown.Count} pixels, e.g. on #{below[0]} ({Ratio(color, below[0]):0.00}:1)");
        }
    }

    /// <summary>Every pixel of the part of the picture that shows, at its full size, as it looks under the scrim.</summary>
    private static List<string> Shown(PictureShape picture, ScrimShape scrim, string background)
    {
        using var bitmap = SKBitmap.Decode(picture.Data);
        var crop = picture.Crop;
        var (x0, y0) = ((int)(bitmap.Width * crop.Left), (int)(bitmap.Height * crop.Top));
        var (x1, y1) = ((int)(bitmap.Width * (1 - crop.Right)), (int)(bitmap.Height * (1 - crop.Bottom)));
        var over = Rgb(scrim.Color);
        var back = Rgb(background);
        var shown = new List<string>();
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                var p = bitmap.GetPixel(x, y);
                var a = p.Alpha / 255.0;
                var under = new[] { (p.Red * a) + (back[0] * (1 - a)), (p.Green * a) + (back[1] * (1 - a)), (p.Blue * a) + (back[2] * (1 - a)) };
                shown.Add(string.Concat(Enumerable.Range(0, 3).Select(i => ((int)Math.Round(under[i] + ((over[i] - under[i]) * scrim.Opacity))).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return shown;
    }

    private static int[] Rgb(string hex) => [.. Enumerable.Range(0, 3).Select(i => Convert.ToInt32(hex.Substring(i * 2, 2), 16))];

    /// <summary>A colour element as a client resolves it: a scheme colour through the slide's colour map (or the master's identity map).</summary>
    private static string Resolve(XElement color, XElement scheme, XElement slide)
    {
        if (color.Name == A + "srgbClr")
        {
            return (string)color.Attribute("val")!;
        }

        var name = (string)color.Attribute("val")!;
        var map = slide.Descendants(A + "overrideClrMapping").SingleOrDefault();
        var slot = (string?)map?.Attribute(name) ?? name switch { "tx1" => "dk1", "bg1" => "lt1", "tx2" => "dk2", "bg2" => "lt2", _ => name };
        return (string)scheme.Element(A + slot)!.Element(A + "srgbClr")!.Attribute("val")!;
    }

    private static XElement SlidePart(byte[] package) => Part(package, "ppt/slides/slide1.xml");

    private static XElement Scheme(byte[] package) => Part(package, "ppt/theme/theme1.xml").Descendants(A + "clrScheme").Single();

    private static XElement Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry(name)!.Open();
        return XElement.Load(stream);
    }

    private static (LaidOutDeck Deck, byte[] Package) Build(string picture, string background, string text, string accent)
    {
        using var build = new TestBuild();
        build.WriteBytes(picture, Picture(picture));
        var yaml = $"""
            title: Over pictures
            theme:
              colors:
                background: "#{background}"
                text: "#{text}"
                accent: "#{accent}"
            slides:
              - title: Results
                background: {picture}
                bullets:
                  - C is seven times faster
                  - Rust is another 20% faster
                  - "Slides: [example.org](https://example.org)"
                steps:
                  - [Rust]
            """;
        var path = build.Write("deck.yaml", yaml);
        var writer = new RecordingWriter();
        var package = new MemoryStream();
        var result = new DeckCompiler(new SkiaChartRenderer(), writer).Compile(path, Encoding.UTF8.GetBytes(yaml), () => package, DateTimeOffset.UnixEpoch);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        PackageCheck.Validate(new MemoryStream(package.ToArray()));
        return (writer.Deck!, package.ToArray());
    }

    /// <summary>
    /// The pictures: a photo of a circuit board (dark green, white labels); a screenshot (white, with lines of
    /// black letters, a tenth of its pixels); a bright diagram with thin dark lines; a dark picture with a
    /// few bright specks.
    /// </summary>
    private static byte[] Picture(string name)
    {
        if (name == "board.jpg")
        {
            return File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "img-board-photo.jpg"));
        }

        using var bitmap = new SKBitmap(1600, 900);
        using (var canvas = new SKCanvas(bitmap))
        using (var ink = new SKPaint())
        {
            var (paper, lines, every) = name switch
            {
                "screenshot.png" => (SKColors.White, SKColors.Black, 8),
                "bright.png" => (new SKColor(0xF2, 0xF2, 0xEE), new SKColor(0x30, 0x30, 0x40), 40),
                _ => (new SKColor(0x18, 0x20, 0x28), SKColors.White, 90),
            };
            canvas.Clear(paper);
            ink.Color = lines;
            for (var y = 40; y < 880; y += 28)
            {
                for (var x = 30; x < 1570; x += every)
                {
                    canvas.DrawRect(x, y, 2, 12, ink); // a letter's stem, a line of a diagram, a speck
                }
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>WCAG 2 contrast ratio, computed by the tests so they do not trust the code they check.</summary>
    private static double Ratio(string a, string b) => ThemeContrastTests.Ratio(a, b);

    private sealed class RecordingWriter : IDeckWriter
    {
        public LaidOutDeck? Deck { get; private set; }

        public void Write(LaidOutDeck deck, Stream output, DateTimeOffset? timestamp)
        {
            Deck = deck;
            new PptxWriter().Write(deck, output, timestamp);
        }
    }
}
