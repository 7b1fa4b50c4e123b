using KeynoteBuilder.Charts;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Render;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Render;

/// <summary>
/// Slide text in every script in the PDF and PNGs: CJK from the deck's fonts, Arabic right to left from the
/// right edge, a character no font has named in a warning. One slide drawn 960 px wide, one pixel a point.
/// </summary>
public sealed class SlideScriptRenderTests
{
    private const double Size = 40;
    private static readonly Box TextBox = new(100, 100, 700, 100);

    private static FontFile Japanese { get; } = Load("NotoSansJP-Subset.otf");

    private static FontFile Arabic { get; } = Load("NotoSansArabic-Subset.ttf");

    [Fact]
    public void A_cjk_bullet_is_drawn_with_the_decks_font_not_as_empty_boxes()
    {
        var warnings = new RenderWarnings();
        using var drawn = Draw([Japanese], new Paragraph([new TextRun("東京")], Size, "222222"), warnings);

        // The reference: the deck font's own outlines for the two characters, where the first line's baseline is.
        using var reference = Blank();
        using (var canvas = new SKCanvas(reference))
        using (var font = new SKFont(Japanese.Typeface, (float)Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias })
        using (var path = font.GetTextPath("東京", new SKPoint((float)(TextBox.X + TextGeometry.InsetX), (float)FirstBaseline())))
        using (var paint = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true })
        {
            canvas.DrawPath(path, paint);
        }

        Assert.True(Ink(reference) > 500, "the reference drew no ink");
        // Glyphs drawn as text snap to the pixel grid and come out a little thinner than outlines: a pixel's
        // shift either way is allowed, and the thin strokes' edges differ.
        var differing = Shifts().Min(shift => Differing(drawn, reference, shift));
        Assert.True(differing < Ink(reference) / 3, $"{differing} pixels differ from the font's own glyphs ({Ink(reference)} of ink)");
        Assert.Empty(warnings.All);

        // Without the deck's font the bundled face has no such glyphs: boxes, and a warning that names the text.
        var bare = new RenderWarnings();
        using var boxes = Draw([], new Paragraph([new TextRun("東京")], Size, "222222"), bare);
        var boxed = Shifts().Min(shift => Differing(boxes, reference, shift));
        Assert.True(boxed > 2 * differing, $"without theme.fonts {boxed} pixels differ from the font's glyphs, with it {differing}");
        var warning = Assert.Single(bare.All);
        Assert.Equal(Codes.MissingGlyphInPicture, warning.Code);
        Assert.Contains("'東' (U+6771) in '東京'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_paragraph_starts_at_the_right_edge_with_its_bullet_on_the_right()
    {
        using var rtl = Draw([Japanese, Arabic], new Paragraph([new TextRun("مرحبا بكم")], Size, "222222", Bullet: true), new RenderWarnings());
        using var ltr = Draw([Japanese, Arabic], new Paragraph([new TextRun("Welcome")], Size, "222222", Bullet: true), new RenderWarnings());

        // The box's inner right edge is at 792.8; the bullet sits just inside it, the text left of the bullet.
        var (left, right) = InkColumns(rtl);
        Assert.InRange(right, 770, 793);
        Assert.True(left > 500, $"the right-to-left text starts at x={left}, not near the right edge");
        var (ltrLeft, ltrRight) = InkColumns(ltr);
        Assert.InRange(ltrLeft, 107, 130);
        Assert.True(ltrRight < 400, $"the left-to-right text reaches x={ltrRight}");
    }

    [Fact]
    public void An_arabic_word_is_shaped_its_letters_joined_not_drawn_one_by_one()
    {
        var warnings = new RenderWarnings();
        using var joined = Draw([Arabic], new Paragraph([new TextRun("بكم")], Size, "222222"), warnings);

        // The same letters kept apart by zero-width non-joiners: their isolated forms, what an unshaped line shows.
        using var apart = Draw([Arabic], new Paragraph([new TextRun("ب\u200Cك\u200Cم")], Size, "222222"), warnings);
        var (joinedLeft, joinedRight) = InkColumns(joined);
        var (apartLeft, apartRight) = InkColumns(apart);
        Assert.True(joinedRight - joinedLeft < (apartRight - apartLeft) * 0.9, $"the joined word is {joinedRight - joinedLeft} px wide, its letters apart {apartRight - apartLeft} px");
        Assert.True(Differing(joined, apart) > 300, "joining changed no letter's form");
        Assert.Empty(warnings.All);
    }

    [Fact]
    public void The_tours_slides_in_three_scripts_render_without_warnings_and_their_text_is_searchable()
    {
        using var build = new TestBuild();
        var pdf = Path.Combine(build.Folder, "tour.pdf");
        var stderr = new StringWriter();
        var request = new BuildRequest(RepoPaths.File("examples", "format-2-tour.yaml"), pdf) { MoreOutputs = [Path.Combine(build.Folder, "png") + "/"] };
        Assert.Equal(0, new DeckBuilder(new StringWriter(), stderr).Build(request));
        Assert.DoesNotContain("KB12", stderr.ToString(), StringComparison.Ordinal);
        if (Tools.OnPath("pdftotext"))
        {
            var text = Tools.Run("pdftotext", "-f", "3", "-l", "3", pdf, "-");
            Assert.Contains("ようこそ", text, StringComparison.Ordinal);
            Assert.Contains("بكم", text, StringComparison.Ordinal);
        }
    }

    private static SKBitmap Draw(IReadOnlyList<FontFile> fonts, Paragraph paragraph, RenderWarnings warnings)
    {
        var theme = Theme.Default with { Fonts = fonts };
        var deck = new Deck(new DeckInfo("Scripts", null, null, null, null), SlideSize.Wide, theme, null, false, false, []);
        var slide = new LaidOutSlide(SlideLayout.Content, [new TextShape("Text", TextBox, TextRole.TextBox, [paragraph])], null);
        var png = SlidePictures.RenderOne(new LaidOutDeck(deck, [slide]), 0, 960, warnings);
        return SKBitmap.Decode(png);
    }

    /// <summary>Where the renderer puts the first line's baseline: the bundled face's ascent, centred in a 1.2 em line.</summary>
    private static double FirstBaseline()
    {
        using var font = new SKFont(FontSet.Shared.Regular, (float)Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        var (ascent, descent) = (-font.Metrics.Ascent, font.Metrics.Descent);
        return TextBox.Y + TextGeometry.InsetY + ascent + (((Size * TextGeometry.LineSpacing) - ascent - descent) / 2);
    }

    private static SKBitmap Blank()
    {
        var bitmap = new SKBitmap(new SKImageInfo(960, 540, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.White);
        return bitmap;
    }

    private static bool IsInk(SKColor c) => c.Red < 160 || c.Green < 160 || c.Blue < 160;

    private static int Ink(SKBitmap bitmap) => Pixels(bitmap).Count(p => IsInk(p.Color));

    private static int Differing(SKBitmap a, SKBitmap b) => Differing(a, b, (0, 0));

    /// <summary>Pixels inked in one picture and not the other, <paramref name="shift"/> moving <paramref name="b"/>.</summary>
    private static int Differing(SKBitmap a, SKBitmap b, (int X, int Y) shift) =>
        Pixels(a).Count(p => p.X + shift.X is >= 0 and < 960 && p.Y + shift.Y is >= 0 and < 540 && IsInk(p.Color) != IsInk(b.GetPixel(p.X + shift.X, p.Y + shift.Y)));

    private static IEnumerable<(int X, int Y)> Shifts() => from x in new[] { -1, 0, 1 } from y in new[] { -1, 0, 1 } select (x, y);

    /// <summary>The leftmost and rightmost columns with ink inside the text box's rows.</summary>
    private static (int Left, int Right) InkColumns(SKBitmap bitmap)
    {
        var columns = Pixels(bitmap).Where(p => p.Y >= TextBox.Y && p.Y < TextBox.Bottom && IsInk(p.Color)).Select(p => p.X).ToList();
        Assert.NotEmpty(columns);
        return (columns.Min(), columns.Max());
    }

    private static IEnumerable<(int X, int Y, SKColor Color)> Pixels(SKBitmap bitmap)
    {
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                yield return (x, y, bitmap.GetPixel(x, y));
            }
        }
    }

    private static FontFile Load(string name)
    {
        var path = RepoPaths.File("examples", "fonts", name);
        return FontFile.Load(path, File.ReadAllBytes(path), out var problem) ?? throw new InvalidOperationException(problem);
    }
}
