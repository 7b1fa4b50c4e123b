using KeynoteBuilder.Charts;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Scripts;

/// <summary>Chart text in every script: extra fonts, fallback per character, HarfBuzz shaping, right-to-left order.</summary>
public sealed class ScriptChartTests
{
    private const float Size = 20;
    private static readonly ChartStyle Style = new("Arial", "222222", "FFFFFF", "CC0000");

    private static FontFile Japanese { get; } = Load("NotoSansJP-Subset.otf");

    private static FontFile Arabic { get; } = Load("NotoSansArabic-Subset.ttf");

    [Fact]
    public void A_cjk_label_is_drawn_with_the_extra_fonts_glyphs_and_without_it_is_not()
    {
        using var withFont = Draw("東京", new FontChain([Japanese]));
        using var without = Draw("東京", FontChain.Bundled);

        // The reference: the extra font's own outlines for the two characters, drawn at the same place.
        using var reference = Canvas(out var canvas);
        using var drawn = canvas;
        using (var font = new SKFont(Japanese.Typeface, Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias })
        using (var path = font.GetTextPath("東京", new SKPoint(10, 40)))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.DrawPath(path, paint);
        }

        Assert.True(Ink(withFont) > 100, "the label drew no ink with the extra font");
        Assert.Equal(0, Differing(withFont, reference));
        Assert.True(Differing(without, reference) > 100, "without theme.fonts the label looked like the font's glyphs");
    }

    [Fact]
    public void A_chart_with_theme_fonts_draws_its_cjk_category_differently_from_one_without()
    {
        var spec = new ChartSpec(ChartKind.Column, "Speakers", ["東京", "大阪"], [new("Speakers", [12, 8])], Labels: false, Unit: null, Style);
        var renderer = new SkiaChartRenderer();
        using var plain = SKBitmap.Decode(renderer.Render(spec, 480, 270).Png);
        using var fonts = SKBitmap.Decode(renderer.Render(spec with { Fonts = [Japanese] }, 480, 270).Png);

        // The category labels sit in the bottom band; the bars above them are the same.
        var band = (int)(fonts.Height * 0.85);
        Assert.True(Differing(plain, fonts, fromRow: band) > 200, "the category labels did not change with the extra font");
        Assert.Equal(0, Differing(plain, fonts, toRow: band / 2));
    }

    [Fact]
    public void Each_character_takes_the_first_font_that_has_it_and_none_comes_from_the_system()
    {
        var chain = new FontChain([Japanese, Arabic]);
        Assert.Equal(FontChain.BundledFace, chain.FaceFor('A'));
        Assert.Equal(FontChain.BundledFace, chain.FaceFor('ש'));
        Assert.Equal(1, chain.FaceFor('東'));
        Assert.Equal(2, chain.FaceFor('ق'));

        // A machine may have fonts with these characters: the chain never asks it.
        Assert.Equal(-1, FontChain.Bundled.FaceFor('東'));
        Assert.Equal(-1, chain.FaceFor('न'));
        Assert.Equal("न", chain.FirstMissing("Hello नमस्ते")?.ToString());
        Assert.Null(chain.FirstMissing("東京 القاهرة 2014 שלום"));
    }

    [Fact]
    public void Text_the_bundled_face_draws_as_it_stands_keeps_the_plain_path()
    {
        // The plain path assumes the bundled faces have every character below U+0250.
        foreach (var face in new[] { FontSet.Shared.Regular, FontSet.Shared.Bold })
        {
            using var font = new SKFont(face, 12);
            var missing = Enumerable.Range(0x20, 0x250 - 0x20).Where(c => c is < 0x7F or >= 0xA0).Where(c => font.GetGlyph(c) == 0).ToList();
            Assert.Empty(missing);
        }

        Assert.True(ShapedText.IsPlain("Commits by employer ×10⁻⁷ Ελλάδα Россия"));
        Assert.False(ShapedText.IsPlain("שלום"));
        Assert.False(ShapedText.IsPlain("e\u0301"));
        Assert.False(ShapedText.IsPlain("東京"));
    }

    [Fact]
    public void An_arabic_label_is_shaped_right_to_left_with_its_glyphs_joined()
    {
        using var shaped = new ShapedText(new FontChain([Arabic]), null);
        var run = Assert.Single(shaped.Shape("القاهرة", Size, bold: false));
        Assert.True(run.RightToLeft);
        Assert.Equal(1, run.Face);

        // Visual order, left to right: the clusters (indices into the text) descend.
        Assert.Equal(run.Clusters.OrderByDescending(c => c), run.Clusters);
        Assert.Equal(0u, run.Clusters[^1]);

        // Joined letters take their contextual forms: not the glyphs the letters have alone.
        using var font = new SKFont(Arabic.Typeface, Size);
        var isolated = "القاهرة".Select(c => font.GetGlyph(c)).Reverse().ToArray();
        Assert.NotEqual(isolated, run.Glyphs);
    }

    [Fact]
    public void Digits_inside_a_right_to_left_label_keep_their_order_on_the_left()
    {
        using var shaped = new ShapedText(new FontChain([Arabic]), null);
        var runs = shaped.Shape("الرياض 2014", Size, bold: false);

        // Read left to right: "2014" (left to right, in the bundled face), then the Arabic word.
        var digits = runs[0];
        Assert.False(digits.RightToLeft);
        Assert.Equal(FontChain.BundledFace, digits.Face);
        Assert.Equal([7u, 8u, 9u, 10u], digits.Clusters);
        Assert.True(runs[^1].RightToLeft);
        Assert.Equal(0u, runs[^1].Clusters[^1]);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("שלום", "<0-4")]
    [InlineData("abc שלום def", "abc |<4-8| def")]
    [InlineData("שלום abc 12", "abc 12|<0-5")]
    [InlineData("مرحبا 2014 و 3.12", "3.12|<10-13|2014|<0-6")]
    public void Bidi_runs_come_in_visual_order(string text, string expected)
    {
        var runs = Bidi.VisualRuns(text).Select(r => r.RightToLeft ? $"<{r.Start}-{r.Start + r.Length}" : text.Substring(r.Start, r.Length));
        Assert.Equal(expected, string.Join("|", runs));
    }

    [Fact]
    public void A_combining_mark_sits_on_its_letter()
    {
        using var text = new ChartText();
        Assert.Equal(text.Width("é", Size), text.Width("e\u0301", Size), 0.05);
        using var composed = Draw("é", FontChain.Bundled);
        using var decomposed = Draw("e\u0301", FontChain.Bundled);
        Assert.True(Differing(composed, decomposed) < 20, "the accent did not land on the e");
    }

    [Fact]
    public void Fitting_measures_with_the_shaped_widths()
    {
        using var text = new ChartText(fonts: new FontChain([Arabic]));
        using var shaped = new ShapedText(new FontChain([Arabic]), null);
        const string label = "مرحبا بكم في القاهرة";
        Assert.Equal(shaped.Shape(label, Size, bold: false).Sum(r => r.Width), text.Width(label, Size), 0.001);

        var full = text.Width(label, Size);
        var lines = text.Wrap(label, Size, full * 0.6f, maxLines: 3);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, line => Assert.True(text.Width(line, Size) <= full * 0.6f, $"'{line}' is wider than its line"));
    }

    [Theory]
    [InlineData(new byte[] { 0x77, 0x4F, 0x46, 0x32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "web font")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "not a TrueType or OpenType font")]
    [InlineData(new byte[] { 1, 2 }, "too short")]
    public void A_file_that_is_no_font_is_refused_with_the_reason(byte[] bytes, string reason)
    {
        Assert.Null(FontFile.Load("x.ttf", bytes, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_font_is_refused_before_any_glyph_is_read()
    {
        var bytes = File.ReadAllBytes(RepoPaths.File("examples", "fonts", "NotoSansArabic-Subset.ttf"));
        Assert.Null(FontFile.Load("cut.ttf", bytes[..(bytes.Length / 2)], out var problem));
        Assert.Contains("truncated", problem, StringComparison.Ordinal);
    }

    private static FontFile Load(string file) =>
        FontFile.Load(file, File.ReadAllBytes(RepoPaths.File("examples", "fonts", file)), out var problem) ?? throw new InvalidOperationException(problem);

    private static SKBitmap Draw(string label, FontChain chain)
    {
        var bitmap = Canvas(out var canvas);
        using (var text = new ChartText(fonts: chain))
        {
            text.Draw(canvas, label, 10, 40, Size, SKColors.Black);
        }

        canvas.Dispose();
        return bitmap;
    }

    private static SKBitmap Canvas(out SKCanvas canvas)
    {
        var bitmap = new SKBitmap(new SKImageInfo(120, 60, SKColorType.Rgba8888, SKAlphaType.Premul));
        canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        return bitmap;
    }

    private static int Ink(SKBitmap bitmap) => Enumerable.Range(0, bitmap.Height)
        .Sum(y => Enumerable.Range(0, bitmap.Width).Count(x => bitmap.GetPixel(x, y).Red < 128));

    private static int Differing(SKBitmap a, SKBitmap b, int fromRow = 0, int toRow = int.MaxValue)
    {
        var count = 0;
        for (var y = fromRow; y < Math.Min(Math.Min(a.Height, b.Height), toRow); y++)
        {
            for (var x = 0; x < Math.Min(a.Width, b.Width); x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                count += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 48 ? 1 : 0;
            }
        }

        return count;
    }
}
