using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.EndToEnd;

/// <summary>
/// The sample deck as a colleague finds it in PowerPoint: text in the layouts' placeholders, styled by
/// the master and the theme, so the Slide Master view and the Design tab restyle it; runs say only what
/// the deck asked for.
/// </summary>
public sealed class PlaceholderTests(SampleDeckTests.Built built) : IClassFixture<SampleDeckTests.Built>
{
    [Fact]
    public void Placeholder_runs_carry_no_face_size_or_colour_but_code_links_and_emphasis()
    {
        using var document = PresentationDocument.Open(built.Path, false);
        var (runs, emphasised, links) = (0, 0, 0);
        foreach (var shape in Shapes(document).Where(s => Placeholder(s) is not null))
        {
            foreach (var run in shape.Descendants<A.Run>())
            {
                runs++;
                var properties = run.RunProperties!;
                var text = run.Text?.Text;
                Assert.True(properties.FontSize is null, $"'{text}' has a size");
                Assert.True(properties.GetFirstChild<A.LatinFont>() is null or { Typeface.Value: "Courier New" }, $"'{text}' has a face");
                Assert.Empty(properties.Descendants<A.RgbColorModelHex>());
                if (properties.GetFirstChild<A.SolidFill>()?.SchemeColor?.Val?.Value is { } color)
                {
                    var link = properties.GetFirstChild<A.HyperlinkOnClick>() is not null;
                    Assert.True(link ? color == A.SchemeColorValues.Hyperlink : color == A.SchemeColorValues.Accent2 && properties.Bold?.Value == true, $"'{text}' has colour {color}");
                    _ = link ? links++ : emphasised++;
                }
            }
        }

        Assert.True(runs > 100 && emphasised >= 6, $"{runs} runs, {emphasised} emphasised");
    }

    [Fact]
    public void Free_text_takes_the_themes_body_face_and_scheme_colours()
    {
        using var document = PresentationDocument.Open(built.Path, false);
        var free = Shapes(document).Where(s => Placeholder(s) is null).SelectMany(s => s.Descendants<A.RunProperties>()).ToList();
        Assert.NotEmpty(free);
        Assert.All(free, r => Assert.Contains(r.GetFirstChild<A.LatinFont>()?.Typeface?.Value, new[] { "+mn-lt", "Courier New" }));
        Assert.All(free, r => Assert.Empty(r.Descendants<A.RgbColorModelHex>()));
    }

    [Fact]
    public void Slide_numbers_are_fields_in_the_layouts_slide_number_placeholder()
    {
        using var document = PresentationDocument.Open(built.Path, false);
        var slides = Slides(document);
        Assert.DoesNotContain(slides[0].Slide.Descendants<P.PlaceholderShape>(), p => p.Type?.Value == P.PlaceholderValues.SlideNumber);
        for (var i = 1; i < slides.Count; i++)
        {
            var number = slides[i].Slide.Descendants<P.Shape>().Single(s => Placeholder(s)?.Type?.Value == P.PlaceholderValues.SlideNumber);
            var field = Assert.Single(number.Descendants<A.Field>());
            Assert.Equal("slidenum", field.Type?.Value);
            Assert.Equal($"{i + 1}", field.Text?.Text);
            Assert.Empty(number.Descendants<A.Run>());
            Assert.Contains(slides[i].SlideLayoutPart!.SlideLayout.Descendants<P.PlaceholderShape>(), p => p.Type?.Value == P.PlaceholderValues.SlideNumber && p.Index?.Value == Placeholder(number)!.Index?.Value);
        }
    }

    [Fact]
    public void Placeholders_whose_box_is_the_layouts_write_no_box()
    {
        using var document = PresentationDocument.Open(built.Path, false);
        var content = Slides(document)[1];
        Assert.Equal("Title and Content", content.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
        var placeholders = content.Slide.Descendants<P.Shape>().Where(s => Placeholder(s) is not null).ToList();
        Assert.Equal(4, placeholders.Count);
        Assert.All(placeholders, s => Assert.Null(s.ShapeProperties!.Transform2D));
    }

    [Fact]
    public void The_master_has_text_styles_and_the_usual_layouts_with_their_types()
    {
        using var document = PresentationDocument.Open(built.Path, false);
        var master = document.PresentationPart!.SlideMasterParts.Single();
        var styles = master.SlideMaster.TextStyles!;
        Assert.Equal(3600, styles.TitleStyle!.GetFirstChild<A.Level1ParagraphProperties>()!.GetFirstChild<A.DefaultRunProperties>()!.FontSize!.Value);
        Assert.Equal([2800, 2408, 2128], styles.BodyStyle!.Elements<A.TextParagraphPropertiesType>().Take(3).Select(l => l.GetFirstChild<A.DefaultRunProperties>()!.FontSize!.Value));
        var layouts = master.SlideMaster.SlideLayoutIdList!.Elements<P.SlideLayoutId>()
            .Select(id => ((SlideLayoutPart)master.GetPartById(id.RelationshipId!.Value!)).SlideLayout)
            .ToDictionary(l => l.CommonSlideData!.Name!.Value!, l => l.Type?.InnerText ?? "cust");
        Assert.Equal(new Dictionary<string, string>
        {
            ["Title Slide"] = "title",
            ["Title and Content"] = "obj",
            ["Section Header"] = "secHead",
            ["Two Content"] = "twoObj",
            ["Comparison"] = "twoTxTwoObj",
            ["Title Only"] = "titleOnly",
            ["Blank"] = "blank",
            ["Picture with Caption"] = "picTx",
            ["Statement"] = "cust",
        }, layouts);
    }

    [Fact]
    public void The_theme_carries_the_decks_font_and_colours()
    {
        using var document = PresentationDocument.Open(built.Path, false);
        var theme = document.PresentationPart!.SlideMasterParts.Single().ThemePart!.Theme;
        var fonts = theme.ThemeElements!.FontScheme!;
        Assert.Equal("Arial", fonts.MajorFont!.LatinFont!.Typeface!.Value);
        Assert.Equal("Arial", fonts.MinorFont!.LatinFont!.Typeface!.Value);
        var colors = theme.ThemeElements.ColorScheme!;
        Assert.Equal("222222", colors.Dark1Color!.RgbColorModelHex!.Val!.Value);
        Assert.Equal("FFFFFF", colors.Light1Color!.RgbColorModelHex!.Val!.Value);
        Assert.Equal("CC0000", colors.Accent1Color!.RgbColorModelHex!.Val!.Value);
        Assert.Equal("CC0000", colors.Accent2Color!.RgbColorModelHex!.Val!.Value);
    }

    private static List<SlidePart> Slides(PresentationDocument document)
    {
        var presentation = document.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!)).ToList();
    }

    private static IEnumerable<P.Shape> Shapes(PresentationDocument document) => Slides(document).SelectMany(s => s.Slide.Descendants<P.Shape>());

    private static P.PlaceholderShape? Placeholder(P.Shape shape) => shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
}
