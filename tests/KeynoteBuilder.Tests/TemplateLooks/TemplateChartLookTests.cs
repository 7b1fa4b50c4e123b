using KeynoteBuilder.Charts;
using KeynoteBuilder.Templates;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.TemplateLooks;

/// <summary>A chart on a template: the theme's accents, colours and (when the deck has its file) body font.</summary>
public sealed class TemplateChartLookTests
{
    private static readonly ChartSpec Spec = new(ChartKind.Column, "Commits", ["a", "b"], [new ChartSeries("One", [1, 2]), new ChartSeries("Two", [2, 1])], false, null,
        new ChartStyle("Arial", "222222", "FFFFFF", "CC0000"));

    private static readonly FontFile Noto = FontFile.Load("NotoSansJP-Subset.otf", File.ReadAllBytes(RepoPaths.File("examples", "fonts", "NotoSansJP-Subset.otf")), out _)!;

    [Fact]
    public void The_theme_body_font_draws_chart_text_when_the_deck_has_its_file()
    {
        var chart = KeynoteBuilder.Templates.TemplateLooks.ChartOn(Spec, Template(Noto.FamilyName), [Noto]);
        Assert.Same(Noto, chart.Face);
        Assert.Equal(Noto.FamilyName, chart.Style.FontFamily);
        // A no-break space: both the bundled face and the subset have it; the theme font comes first.
        Assert.Equal(1, new FontChain(chart.Fonts, chart.Face).FaceFor(0xA0));
    }

    [Fact]
    public void A_theme_font_the_deck_has_no_file_for_leaves_the_bundled_font()
    {
        var chart = KeynoteBuilder.Templates.TemplateLooks.ChartOn(Spec, Template("Calibri"), [Noto]);
        Assert.Null(chart.Face);
        Assert.Equal(FontChain.BundledFace, new FontChain(chart.Fonts, chart.Face).FaceFor(0xA0));
    }

    [Fact]
    public void Series_take_the_accents_in_order_and_text_the_themes_colours()
    {
        var chart = KeynoteBuilder.Templates.TemplateLooks.ChartOn(Spec, Template("Calibri"), []);
        Assert.Equal(["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"], chart.SeriesColors);
        Assert.Equal(("000000", "FFFFFF", "4472C4"), (chart.Style.Text, chart.Style.Background, chart.Style.Accent));
    }

    private static DeckTemplate Template(string bodyFont)
    {
        var layout = new TemplateLayout("Title and Content", "obj", "ppt/slideLayouts/slideLayout1.xml", []);
        var master = new TemplateMaster("Office", "ppt/slideMasters/slideMaster1.xml", [layout], new TemplateFonts(bodyFont, bodyFont), true, KeynoteBuilder.Templates.TemplateLooks.OfficeColors);
        return new DeckTemplate(new TemplateModel("t.pptx", 960, 540, [master], false, Array.Empty<byte>()), master, LayoutResolver.Resolve(master));
    }
}
