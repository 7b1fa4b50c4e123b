using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Render;

/// <summary>Bold code in keynote's PDF and PNGs is drawn in Liberation Mono Bold, as clients draw Courier New Bold.</summary>
public sealed class CodeFaceRenderTests : IDisposable
{
    private const string Deck = """
        title: Code faces
        slides:
          - title: Plain
            bullets: ["`mmmmmmmmmmmmmmmmmmmmmmmmmmmmmm`"]
          - title: Plain
            bullets: ["**`mmmmmmmmmmmmmmmmmmmmmmmmmmmmmm`**"]
          - title: Emphasis in code
            code:
              text: |
                def floatstr(o, allow_nan=True):
                    if not allow_nan:
                        raise ValueError(repr(o))
            steps:
              - [allow_nan]
          - title: Plain
            bullets: ["."]
        """;

    private readonly TestBuild _build = new();

    public void Dispose() => _build.Dispose();

    private string Render(string output)
    {
        var deck = _build.Write("deck.yaml", Deck);
        var path = Path.Combine(_build.Folder, output);
        var stderr = new StringWriter();
        Assert.True(new DeckBuilder(new StringWriter(), stderr).Build(new BuildRequest(deck, path) { PngWidth = 960 }) == 0, stderr.ToString());
        return path;
    }

    [Fact]
    public void Bold_code_is_drawn_bolder_than_plain_code()
    {
        var folder = Render("png/");
        var blank = Ink(Path.Combine(folder, "slide-04.png"));
        var (plain, bold) = (Ink(Path.Combine(folder, "slide-01.png")) - blank, Ink(Path.Combine(folder, "slide-02.png")) - blank);

        // The slides differ only in the code's face; Liberation Mono Bold's strokes are about half as thick again.
        Assert.True(bold > plain * 1.25, $"bold code has {bold:N0} of ink, plain code {plain:N0}");
    }

    [NeedsPopplerFact]
    public void The_pdf_embeds_liberation_mono_bold_for_bold_and_emphasised_code()
    {
        var pdf = Render("deck.pdf");
        var fonts = Tools.Run("pdffonts", pdf);
        Assert.Contains("LiberationMono-Bold ", fonts, StringComparison.Ordinal);
        foreach (var page in new[] { "2", "3" })
        {
            Assert.Contains("LiberationMono-Bold ", Tools.Run("pdffonts", "-f", page, "-l", page, pdf), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("LiberationMono-Bold ", Tools.Run("pdffonts", "-f", "1", "-l", "1", pdf), StringComparison.Ordinal);
    }

    /// <summary>How dark the slide is: the sum, over its pixels, of how far each is from white.</summary>
    private static long Ink(string png)
    {
        using var slide = SKBitmap.Decode(png);
        var ink = 0L;
        for (var y = 0; y < slide.Height; y++)
        {
            for (var x = 0; x < slide.Width; x++)
            {
                var c = slide.GetPixel(x, y);
                ink += 765 - c.Red - c.Green - c.Blue;
            }
        }

        return ink;
    }
}
