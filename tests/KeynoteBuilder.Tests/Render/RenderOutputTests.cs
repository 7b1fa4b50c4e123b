using KeynoteBuilder.Charts;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Render;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Render;

/// <summary>What `-o` with a .pdf, a folder or a .png writes, and what the renderer says when it cannot draw something.</summary>
public sealed class RenderOutputTests : IDisposable
{
    private const string Deck = """
        title: Outputs
        author: A. Speaker
        date: 2024-05-06
        slides:
          - title: One
            bullets:
              - See [the site](https://example.org/docs)
            notes: Say hello first.
          - title: Two
            bullets: [b]
          - title: Three
            bullets: [c]
        """;

    private readonly TestBuild _build = new();

    public void Dispose() => _build.Dispose();

    private (int Code, string Stdout, string Stderr) Build(string deck, string first, params string[] more)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new DeckBuilder(stdout, stderr).Build(new BuildRequest(deck, first) { MoreOutputs = more });
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_png_file_is_a_contact_sheet_of_every_slide()
    {
        var deck = _build.Write("deck.yaml", Deck);
        var sheet = Path.Combine(_build.Folder, "out", "contact.png");
        Assert.Equal(0, Build(deck, sheet).Code);
        using var bitmap = SKBitmap.Decode(sheet);

        // Three slides, one row of three 480-pixel thumbnails with 16-pixel gaps.
        Assert.Equal((16 + (3 * 496), 16 + 270 + 16), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void A_folder_gets_one_png_a_slide_and_loses_pictures_of_slides_the_deck_no_longer_has()
    {
        var deck = _build.Write("deck.yaml", Deck);
        var folder = Path.Combine(_build.Folder, "slides");
        _build.WriteBytes("slides/slide-07.png", [1, 2, 3]);
        _build.WriteBytes("slides/notes.txt", [1]);
        Assert.Equal(0, Build(deck, folder + "/").Code);
        Assert.Equal(["notes.txt", "slide-01.png", "slide-02.png", "slide-03.png"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_output_that_is_a_file_is_refused_and_nothing_is_written()
    {
        var deck = _build.Write("deck.yaml", Deck);
        _build.Write("slides", "a file");
        var pdf = Path.Combine(_build.Folder, "deck.pdf");
        var (code, _, stderr) = Build(deck, pdf, Path.Combine(_build.Folder, "slides") + "/");
        Assert.Equal(2, code);
        Assert.Contains("is a file, not a folder", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void One_compile_writes_the_pptx_and_the_pdf_and_a_deck_error_writes_neither()
    {
        var deck = _build.Write("deck.yaml", Deck);
        var (pptx, pdf) = (Path.Combine(_build.Folder, "d.pptx"), Path.Combine(_build.Folder, "d.pdf"));
        Assert.Equal(0, Build(deck, pptx, pdf).Code);
        var (oldPptx, oldPdf) = (File.ReadAllBytes(pptx), File.ReadAllBytes(pdf));

        _build.Write("deck.yaml", Deck.Replace("bullets: [b]", "bulets: [b]", StringComparison.Ordinal));
        var (code, _, stderr) = Build(deck, pptx, pdf);
        Assert.Equal(1, code);
        Assert.Contains("error KB0103", stderr, StringComparison.Ordinal);
        Assert.Equal(oldPptx, File.ReadAllBytes(pptx));
        Assert.Equal(oldPdf, File.ReadAllBytes(pdf));
    }

    [Fact]
    public void Links_are_clickable_in_the_pdf()
    {
        var deck = _build.Write("deck.yaml", Deck);
        var pdf = Path.Combine(_build.Folder, "d.pdf");
        Assert.Equal(0, Build(deck, pdf).Code);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Contains("/URI (https://example.org/docs)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_on_several_pages_is_embedded_in_the_pdf_once()
    {
        // Three step copies of one slide show the same photo: one image in the file, not one a page.
        _build.WriteBytes("photo.jpg", File.ReadAllBytes(RepoPaths.File("examples", "images", "board-photo.jpg")));
        var deck = _build.Write("deck.yaml", "title: T\nslides:\n  - title: Board\n    image: photo.jpg\n    alt: A board\n    caption: The board\n    steps: [[], [board], [The]]\n");
        var pdf = Path.Combine(_build.Folder, "d.pdf");
        Assert.Equal(0, Build(deck, pdf).Code);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(text, @"/Type /Page\b"));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, @"/Subtype /Image\b"));
    }

    [Fact]
    public void With_notes_a_page_with_notes_is_taller_than_the_slide_and_holds_them()
    {
        var deck = _build.Write("deck.yaml", Deck);
        var pdf = Path.Combine(_build.Folder, "d.pdf");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, new DeckBuilder(stdout, stderr).Build(new BuildRequest(deck, pdf) { Notes = true }));
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var boxes = System.Text.RegularExpressions.Regex.Matches(text, @"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]").Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(3, boxes.Count);
        Assert.True(double.Parse(boxes[0], System.Globalization.CultureInfo.InvariantCulture) > 540, $"the first page is {boxes[0]} pt high");
        Assert.Equal(["540", "540"], boxes.Skip(1));
    }

    [Fact]
    public void A_shape_the_renderer_does_not_know_is_a_warning_that_names_it()
    {
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new PptxWriter());
        var (result, prepared) = compiler.Prepare(_build.Write("deck.yaml", Deck), System.Text.Encoding.UTF8.GetBytes(Deck), null);
        Assert.True(result.Succeeded);
        var slides = prepared!.Drawn.Slides.Select((s, i) => i == 1 ? s with { Shapes = [.. s.Shapes, new Sparkle("Sparkle 9", new Box(0, 0, 10, 10))] } : s).ToList();
        var writer = new PdfDeckWriter();
        writer.Write(prepared.Drawn with { Slides = slides }, new MemoryStream(), null);
        var warning = Assert.Single(writer.Warnings.All);
        Assert.Equal("KB1201", warning.Code);
        Assert.Equal(KeynoteBuilder.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Contains("slide 2: the renderer cannot draw a Sparkle ('Sparkle 9')", warning.Message, StringComparison.Ordinal);
        Assert.Equal(9, warning.Position.Line);
    }

    [Fact]
    public void A_picture_that_does_not_decode_is_a_warning_that_names_it()
    {
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new PptxWriter());
        var (_, prepared) = compiler.Prepare(_build.Write("deck.yaml", Deck), System.Text.Encoding.UTF8.GetBytes(Deck), null);
        var broken = new PictureShape("Picture 4", new Box(10, 10, 100, 100), [0x89, 0x50, 0x4E, 0x47], "image/png", null, "a photo");
        var slides = prepared!.Drawn.Slides.Select((s, i) => i == 0 ? s with { Shapes = [.. s.Shapes, broken] } : s).ToList();
        var pictures = new RenderWarnings();
        SlidePictures.ContactSheet(prepared.Drawn with { Slides = slides }, pictures);
        var warning = Assert.Single(pictures.All);
        Assert.Equal("KB1202", warning.Code);
        Assert.Contains("slide 1: the picture 'Picture 4' (image/png) does not decode", warning.Message, StringComparison.Ordinal);
    }

    private sealed record Sparkle(string Name, Box Box) : Shape(Name, Box);
}
