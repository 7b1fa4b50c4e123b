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
    // purple triangle drawn as a custom path at (500, 380) 100 x 100 pt, and a diagram the renderer does not draw.
    private const string Background = """<p:bg><p:bgPr><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="0000FF"/></a:gs><a:gs pos="100000"><a:srgbClr val="00FF00"/></a:gs></a:gsLst><a:lin ang="0"/></a:gradFill><a:effectLst/></p:bgPr></p:bg>""";

    private const string Shapes = """
        <p:sp><p:nvSpPr><p:cNvPr id="90" name="Red band"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="1270000" y="5080000"/><a:ext cx="2540000" cy="635000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></p:spPr></p:sp>
        <p:sp><p:nvSpPr><p:cNvPr id="91" name="Corner"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="6350000" y="4826000"/><a:ext cx="1270000" cy="1270000"/></a:xfrm><a:custGeom><a:pathLst><a:path w="100" h="100"><a:moveTo><a:pt x="0" y="100"/></a:moveTo><a:lnTo><a:pt x="100" y="100"/></a:lnTo><a:lnTo><a:pt x="100" y="0"/></a:lnTo><a:close/></a:path></a:pathLst></a:custGeom><a:solidFill><a:srgbClr val="800080"/></a:solidFill></p:spPr></p:sp>
        <p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="92" name="Org chart"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="12700" cy="12700"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:graphic></p:graphicFrame>
        """;

    // A group at (700, 50) 200 x 100 pt whose children are laid out in a 100 x 50 pt child frame at (0, 0), so
    // they are drawn twice as large: a green square child at (50, 0) 50 x 50 lands at (800, 50) 100 x 100. A
    // rounded rectangle with fully rounded ends (adj 50000) at (300, 350) 200 x 100 pt leaves its corners empty.
    private const string Group = """
        <p:grpSp><p:nvGrpSpPr><p:cNvPr id="93" name="Logo group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="8890000" y="635000"/><a:ext cx="2540000" cy="1270000"/><a:chOff x="0" y="0"/><a:chExt cx="1270000" cy="635000"/></a:xfrm></p:grpSpPr>
        <p:sp><p:nvSpPr><p:cNvPr id="94" name="Green square"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="635000" y="0"/><a:ext cx="635000" cy="635000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="00FF00"/></a:solidFill></p:spPr></p:sp>
        </p:grpSp>
        <p:sp><p:nvSpPr><p:cNvPr id="95" name="Pill"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="3810000" y="4445000"/><a:ext cx="2540000" cy="1270000"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 50000"/></a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="0000FF"/></a:solidFill></p:spPr></p:sp>
        """;

    [Fact]
    public void The_masters_background_and_shapes_are_drawn_and_a_diagram_it_cannot_draw_is_named()
    {
        var (slide, stderr) = Draw(xml => xml
            .Replace("""<p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>""", Background, StringComparison.Ordinal)
            .Replace("</p:spTree>", Shapes + "</p:spTree>", StringComparison.Ordinal));
        using var _ = slide;
        Assert.Equal(960, slide.Width);
        Assert.Equal(new SKColor(0xFF, 0, 0), slide.GetPixel(200, 425));
        Assert.Equal(new SKColor(0x80, 0, 0x80), slide.GetPixel(590, 470));
        Assert.NotEqual(new SKColor(0x80, 0, 0x80), slide.GetPixel(510, 390));

        // The gradient: blue at the left edge, green at the right, both at the slide's bottom edge below the shapes.
        var (left, right) = (slide.GetPixel(2, 530), slide.GetPixel(957, 530));
        Assert.True(left.Blue > 200 && left.Green < 40, $"the left edge is {left}, not blue");
        Assert.True(right.Green > 200 && right.Blue < 40, $"the right edge is {right}, not green");

        Assert.True(stderr.Contains($"warning {Codes.UndrawableTemplateArt}: slide 1: a table, chart or diagram 'Org chart' on the template's master", StringComparison.Ordinal), stderr);
    }

    [Fact]
    public void A_groups_shapes_are_drawn_in_the_groups_frame_and_a_rounded_rectangle_with_its_own_corners()
    {
        var (slide, stderr) = Draw(xml => xml.Replace("</p:spTree>", Group + "</p:spTree>", StringComparison.Ordinal));
        using var _ = slide;
        var green = new SKColor(0, 0xFF, 0);
        Assert.Equal(green, slide.GetPixel(850, 100));
        Assert.Equal(green, slide.GetPixel(895, 145));
        Assert.NotEqual(green, slide.GetPixel(790, 100));
        Assert.NotEqual(green, slide.GetPixel(850, 40));

        var blue = new SKColor(0, 0, 0xFF);
        Assert.Equal(blue, slide.GetPixel(400, 400));
        Assert.Equal(blue, slide.GetPixel(303, 400));
        Assert.NotEqual(blue, slide.GetPixel(310, 358));
        Assert.DoesNotContain(Codes.UndrawableTemplateArt, stderr, StringComparison.Ordinal);
    }

    /// <summary>A one-slide deck on KeynoteBuilder's own template with its master edited, drawn 960 px wide; and what was printed to stderr.</summary>
    private static (SKBitmap Slide, string Stderr) Draw(Func<string, string> editMaster)
    {
        using var build = new TestBuild();
        build.WriteBytes("template.pptx", TemplateFiles.Replace(TemplateFiles.Own, Master, editMaster));
        var deck = build.Write("deck.yaml", "template: template.pptx\ntitle: Art\nslides:\n  - title: One\n    bullets: [a]\n");
        var folder = Path.Combine(build.Folder, "png");
        var stderr = new StringWriter();
        Assert.Equal(0, new DeckBuilder(new StringWriter(), stderr).Build(new BuildRequest(deck, folder + "/") { PngWidth = 960 }));
        return (SKBitmap.Decode(Path.Combine(folder, "slide-01.png")), stderr.ToString());
    }
}
