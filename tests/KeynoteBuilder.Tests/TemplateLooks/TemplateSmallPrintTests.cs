using System.IO.Compression;
using System.Xml.Linq;
using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;

namespace KeynoteBuilder.Tests.TemplateLooks;

/// <summary>Our own shapes on a template (source line, footnote) sit by the layout's placeholders, not our built-in frame.</summary>
public sealed class TemplateSmallPrintTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    [Fact]
    public void The_source_line_starts_where_the_body_placeholder_starts_and_ends_above_the_footers()
    {
        // The content layout's body moved right (x 200 pt) and made shorter; its footers stay at y 508 pt.
        var template = TemplateFiles.Replace(TemplateFiles.Own, "ppt/slideLayouts/slideLayout2.xml", x => x.Replace(
            "<a:off x=\"685800\" y=\"1473200\"/><a:ext cx=\"10820400\" cy=\"4800600\"/>",
            "<a:off x=\"2540000\" y=\"1473200\"/><a:ext cx=\"8966200\" cy=\"3000000\"/>", StringComparison.Ordinal));
        Assert.NotEqual(TemplateFiles.Own, template);
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", template);
        var output = build.BuildYaml("title: Small print\ntemplate: t.pptx\nslides:\n  - title: Numbers\n    bullets: [One]\n    source: A survey\n    footnote: Rounded\n");

        using var zip = ZipFile.OpenRead(output);
        var slide = XDocument.Load(zip.GetEntry("ppt/slides/slide1.xml")!.Open()).Root!;
        var free = slide.Descendants(P + "sp").Where(s => !s.Descendants(P + "ph").Any() && s.Descendants(A + "t").Any(t => t.Value is "A survey" or "Rounded")).ToList();
        Assert.Equal(2, free.Count);
        foreach (var shape in free)
        {
            var xfrm = shape.Element(P + "spPr")!.Element(A + "xfrm")!;
            Assert.Equal(2540000, (long)xfrm.Element(A + "off")!.Attribute("x")!);
            Assert.True((long)xfrm.Element(A + "off")!.Attribute("y")! + (long)xfrm.Element(A + "ext")!.Attribute("cy")! <= 6451600, "the small print runs into the layout's footers");
        }
    }
}
