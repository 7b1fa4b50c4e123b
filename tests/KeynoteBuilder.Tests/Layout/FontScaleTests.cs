using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// A body shrunk to fit says so as normAutofit's fontScale, the size the layout pass measured over the
/// size the placeholder inherits (PowerPoint shows it as is, LibreOffice shrinks by its own), and never
/// as sizes on the runs; a body that fits writes no autofit at all.
/// </summary>
public sealed class FontScaleTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    [Theory]
    [InlineData(4, false)]
    [InlineData(14, false)]
    [InlineData(40, true)]
    public void A_bodys_fontScale_is_the_size_the_measurement_chose(int bullets, bool tooLong)
    {
        var items = string.Concat(Enumerable.Range(0, bullets).Select(i => $"\n      - Bullet {i} says a few words about the kernel"));
        var yaml = $"title: Fit\nslides:\n  - title: Bullets\n    bullets:{items}\n";
        var writer = new RecordingWriter();
        var (package, warnings) = Build(writer, yaml);

        var body = writer.Deck!.Slides[0].Shapes.OfType<TextShape>().Single(s => s.Role == TextRole.Body);
        var measured = body.Paragraphs[0].Size / TextSizes.Body;
        var slide = SlideXml(package);
        var content = slide.Descendants().Single(e => e.Name.LocalName == "sp" && e.Descendants().Any(d => d.Name.LocalName == "cNvPr" && ((string?)d.Attribute("name"))!.StartsWith("Content", StringComparison.Ordinal)));
        var autofit = content.Descendants(A + "bodyPr").Single().Element(A + "normAutofit");
        if (measured >= 1)
        {
            Assert.Null(autofit);
        }
        else
        {
            Assert.Equal((int)Math.Round(measured * 100_000), (int?)autofit?.Attribute("fontScale"));
        }

        Assert.Equal(bullets > 4, measured < 1);
        Assert.DoesNotContain(content.Descendants(A + "rPr"), r => r.Attribute("sz") is not null);
        Assert.Equal(tooLong, warnings.Contains("KB0801", StringComparison.Ordinal));
    }

    private static (byte[] Package, string Warnings) Build(IDeckWriter writer, string yaml)
    {
        using var build = new TestBuild();
        var path = build.Write("deck.yaml", yaml);
        var package = new MemoryStream();
        var result = new DeckCompiler(new SkiaChartRenderer(), writer).Compile(path, Encoding.UTF8.GetBytes(yaml), () => package, DateTimeOffset.UnixEpoch);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        PackageCheck.Validate(new MemoryStream(package.ToArray()));
        return (package.ToArray(), string.Join("\n", result.Diagnostics));
    }

    private static XDocument SlideXml(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry("ppt/slides/slide1.xml")!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>Keeps the laid-out deck it is given, then writes it as usual.</summary>
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
