using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;
using SkiaSharp;

namespace KeynoteBuilder.Tests.TemplateLooks;

/// <summary>
/// On a template, bullets and emphasis are in the template's colours in the .pptx and in keynote's own pictures alike,
/// and a speaker's own emphasis colour is that colour in both (not the template's second accent). The template is
/// KeynoteBuilder's own package with its first two accents made blue and purple.
/// </summary>
public sealed class TemplateThemeColourTests
{
    private const string Blue = "1F4E9C";
    private const string Purple = "7B1FA2";

    private const string Slides = "slides:\n  - title: Steps\n    bullets: [alpha beta, gamma]\n    steps: [[beta]]\n";

    [Fact]
    public void Emphasis_is_the_templates_second_accent_and_bullets_its_first_in_the_pptx_and_the_picture()
    {
        var (pptx, picture) = Build("template: template.pptx\ntitle: T\n" + Slides);

        Assert.Matches("b=\"1\"[^>]*><a:solidFill><a:schemeClr val=\"accent2\" ?/></a:solidFill>.*?<a:t>beta</a:t>", pptx);
        Assert.True(Pixels(picture, Purple) > 20, "no text in the template's second accent");
        Assert.True(Pixels(picture, Blue) > 5, "no bullet in the template's first accent");
        Assert.Equal(0, Pixels(picture, "CC0000"));
    }

    [Fact]
    public void A_speakers_emphasis_colour_on_a_template_is_that_colour_in_the_pptx_and_the_picture()
    {
        var (pptx, picture) = Build("template: template.pptx\ntitle: T\ntheme:\n  colors:\n    emphasis: \"#0000CC\"\n" + Slides);

        Assert.Matches("b=\"1\"[^>]*><a:solidFill><a:srgbClr val=\"0000CC\" ?/></a:solidFill>.*?<a:t>beta</a:t>", pptx);
        Assert.True(Pixels(picture, "0000CC") > 20, "no text in the speaker's emphasis colour");
        Assert.Equal(0, Pixels(picture, Purple));
    }

    /// <summary>The slide's XML (its one step emphasises "beta") and its picture, 960 px wide.</summary>
    private static (string Pptx, SKBitmap Picture) Build(string yaml)
    {
        using var build = new TestBuild();
        var template = TemplateFiles.Replace(TemplateFiles.Own, "ppt/theme/theme1.xml", xml => System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(xml, "<a:accent1><a:srgbClr val=\"[0-9A-F]{6}\"", $"<a:accent1><a:srgbClr val=\"{Blue}\""),
            "<a:accent2><a:srgbClr val=\"[0-9A-F]{6}\"", $"<a:accent2><a:srgbClr val=\"{Purple}\""));
        build.WriteBytes("template.pptx", template);
        var deck = build.Write("deck.yaml", yaml);
        var (pptx, folder) = (Path.Combine(build.Folder, "d.pptx"), Path.Combine(build.Folder, "png"));
        var stderr = new StringWriter();
        Assert.Equal(0, new DeckBuilder(new StringWriter(), stderr).Build(new BuildRequest(deck, pptx) { MoreOutputs = [folder + "/"], PngWidth = 960 }));
        using var zip = System.IO.Compression.ZipFile.OpenRead(pptx);
        using var reader = new StreamReader(zip.GetEntry("ppt/slides/slide1.xml")!.Open());
        return (reader.ReadToEnd(), SKBitmap.Decode(Path.Combine(folder, "slide-01.png")));
    }

    /// <summary>Pixels within a small distance of <paramref name="hex"/> (text edges are blended).</summary>
    private static int Pixels(SKBitmap picture, string hex)
    {
        var want = SKColor.Parse(hex);
        var count = 0;
        foreach (var p in picture.Pixels)
        {
            if (Math.Abs(p.Red - want.Red) + Math.Abs(p.Green - want.Green) + Math.Abs(p.Blue - want.Blue) < 24)
            {
                count++;
            }
        }

        return count;
    }
}
