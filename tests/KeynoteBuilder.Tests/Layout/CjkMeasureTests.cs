using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// Japanese slide text is measured in the deck's <c>theme.fonts</c> file that draws it (the example's OFL
/// Noto Sans JP subset, whose ideographs and kana are each one em wide), and lines break between ideographs,
/// which are written without spaces.
/// </summary>
public sealed class CjkMeasureTests
{
    /// <summary>Nineteen characters the example's subset font has: ideographs and kana only.</summary>
    private const string Japanese = "ようこそ東京へ大阪の参加者の日本語です";

    private static byte[] FontBytes => File.ReadAllBytes(RepoPaths.File("examples", "fonts", "NotoSansJP-Subset.otf"));

    [Fact]
    public void Japanese_is_as_wide_as_the_theme_font_draws_it_and_wraps_between_any_two_characters()
    {
        var font = FontFile.Load("NotoSansJP-Subset.otf", FontBytes, out _)!;
        var fitter = new TextFitter(new FontRunMeasurer(new TextMeasurer())).WithFonts([font]);

        var measured = fitter.Measure([new TextRun(Japanese)]);

        // One em a character, padded for the clients' rounding like every measured word.
        Assert.Equal(Japanese.Length * TextGeometry.WidthSafety, measured.Natural, 3);

        // At 20 pt, a line 8.5 em wide holds eight characters: lines start at characters 0, 8 and 16.
        Assert.Equal([0, 8, 16], measured.LineStarts(8.5 * 20 * TextGeometry.WidthSafety, 20));
    }

    [Fact]
    public void A_long_Japanese_bullet_is_fitted_at_the_largest_size_where_its_one_em_characters_fit_the_box()
    {
        using var build = new TestBuild();
        build.WriteBytes("fonts/jp.otf", FontBytes);
        var text = string.Concat(Enumerable.Repeat(Japanese, 19));
        var pptx = build.BuildYaml($"title: Japanese\ntheme:\n  fonts: [fonts/jp.otf]\nslides:\n  - title: Welcome\n    bullets:\n      - {text}\n");
        Assert.DoesNotContain("KB1141", build.Stderr, StringComparison.Ordinal);

        using var document = PresentationDocument.Open(pptx, isEditable: false);
        var slide = document.PresentationPart!.SlideParts.First();
        var body = slide.Slide.Descendants<P.Shape>().Single(s => s.InnerText.StartsWith(Japanese, StringComparison.Ordinal));
        var run = body.TextBody!.Descendants<A.Run>().First();
        var ph = body.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape!;
        var size = Inherited.Size(run, run.Ancestors<A.Paragraph>().First(), ph, slide.SlideLayoutPart)!.Value;
        var extent = (body.ShapeProperties!.Transform2D ?? Inherited.Box(ph, slide.SlideLayoutPart!))!.Extents!;
        var (width, height) = (extent.Cx!.Value / 12700.0, extent.Cy!.Value / 12700.0);

        // A bullet's text starts 1.1 em in; every character is one em and a line may end after any of them.
        double Lines(double points) => Math.Ceiling(text.Length / Math.Floor((width - (2 * TextGeometry.InsetX) - (1.1 * points)) / (points * TextGeometry.WidthSafety)));
        bool Fits(double points) => (Lines(points) * points * TextGeometry.LineSpacing) + TextGeometry.InsetY <= height;
        Assert.True(size < TextSizes.Body, $"{text.Length} one-em characters do not fit at {TextSizes.Body} pt: the text is shrunk");
        Assert.True(Fits(size), $"{Lines(size)} lines at {size} pt fit the {height:0} pt box");
        Assert.False(Fits(size + 1), $"at {size + 1} pt the text would still have fitted: it was measured narrower than it is drawn");
    }
}
