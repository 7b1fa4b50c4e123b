using KeynoteBuilder.Cli;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;
using SkiaSharp;

namespace KeynoteBuilder.Tests.Render;

/// <summary>
/// A speaker's template in the PDF and PNGs: its master's background and shapes are drawn under the slide's
/// text, and what the renderer cannot draw is a warning that names it. The template is KeynoteBuilder's own
/// package with its master edited; slides are drawn 960 px wide, one pixel a point.
/// </summary>
public sealed class TemplateArtRenderTests
{
    private const string Master = "ppt/slideMasters/slideMaster1.xml";

    // A gradient background from blue (left) to green (right), a red rectangle at (100, 400) 200 x 50 pt, a
    // purple triangle drawn as a custom path at (500, 380) 100 x 100 pt, and a group the renderer does not draw.
    private const string Background = """<p:bg><p:bgPr><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="0000FF"/></a:gs><a:gs pos="100000"><a:srgbClr val="00FF00"/></a:gs></a:gsLst><a:lin ang="0"/></a:gradFill><a:effectLst/></p:bgPr></p:bg>""";

    private const string Shapes = """
        <p:sp><p:nvSpPr><p:cNvPr id="90" name="Red band"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="1270000" y="5080000"/><a:ext cx="2540000" cy="635000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></p:spPr></p:sp>
        <p:sp><p:nvSpPr><p:cNvPr id="91" name="Corner"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="6350000" y="4826000"/><a:ext cx="1270000" cy="1270000"/></a:xfrm><a:custGeom><a:pathLst><a:path w="100" h="100"><a:moveTo><a:pt x="0" y="100"/></a:moveTo><a:lnTo><a:pt x="100" y="100"/></a:lnTo><a:lnTo><a:pt x="100" y="0"/></a:lnTo><a:close/></a:path></a:pathLst></a:custGeom><a:solidFill><a:srgbClr val="800080"/></a:solidFill></p:spPr></p:sp>
        <p:grpSp><p:nvGrpSpPr><p:cNvPr id="92" name="Logo group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="12700" cy="12700"/><a:chOff x="0" y="0"/><a:chExt cx="12700" cy="12700"/></a:xfrm></p:grpSpPr></p:grpSp>
        """;

    [Fact]
    public void The_masters_background_and_shapes_are_drawn_and_a_group_it_cannot_draw_is_named()
    {
        using var build = new TestBuild();
        var template = TemplateFiles.Replace(TemplateFiles.Own, Master, xml => xml
            .Replace("""<p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>""", Background, StringComparison.Ordinal)
            .Replace("</p:spTree>", Shapes + "</p:spTree>", StringComparison.Ordinal));
        build.WriteBytes("template.pptx", template);
        var deck = build.Write("deck.yaml", "template: template.pptx\ntitle: Art\nslides:\n  - title: One\n    bullets: [a]\n");
        var folder = Path.Combine(build.Folder, "png");
        var stderr = new StringWriter();
        Assert.Equal(0, new DeckBuilder(new StringWriter(), stderr).Build(new BuildRequest(deck, folder + "/") { PngWidth = 960 }));

        using var slide = SKBitmap.Decode(Path.Combine(folder, "slide-01.png"));
        Assert.Equal(960, slide.Width);
        Assert.Equal(new SKColor(0xFF, 0, 0), slide.GetPixel(200, 425));
        Assert.Equal(new SKColor(0x80, 0, 0x80), slide.GetPixel(590, 470));
        Assert.NotEqual(new SKColor(0x80, 0, 0x80), slide.GetPixel(510, 390));

        // The gradient: blue at the left edge, green at the right, both at the slide's bottom edge below the shapes.
        var (left, right) = (slide.GetPixel(2, 530), slide.GetPixel(957, 530));
        Assert.True(left.Blue > 200 && left.Green < 40, $"the left edge is {left}, not blue");
        Assert.True(right.Green > 200 && right.Blue < 40, $"the right edge is {right}, not green");

        Assert.True(stderr.ToString().Contains($"warning {Codes.UndrawableTemplateArt}: slide 1: a group of shapes 'Logo group' on the template's master", StringComparison.Ordinal), stderr.ToString());
    }
}
