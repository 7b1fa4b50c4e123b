using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.TemplateLooks;

/// <summary><c>layout: "Agenda"</c>: a slide on any layout of the template, by its name in PowerPoint.</summary>
public sealed class TemplateLayoutByNameTests
{
    private const string Deck = "title: Named layouts\ntemplate: t.pptx\nslides:\n  - layout: \"Agenda\"\n    title: Today\n    bullets: [One, Two]\n  - title: Plain\n    bullets: [Three]\n";

    [Fact]
    public void A_named_layout_is_the_slides_layout_and_its_part_is_in_the_package()
    {
        var (layouts, _) = Built();
        Assert.Equal(["/" + TplmoreTemplates.AgendaLayoutPart, "/ppt/slideLayouts/slideLayout2.xml"], layouts);
    }

    [Fact]
    public void The_body_goes_into_the_first_content_placeholder_by_position_not_document_order()
    {
        var (_, placeholders) = Built();
        Assert.Contains(("title", 0u), placeholders);
        Assert.Contains(("obj", 10u), placeholders);
        Assert.DoesNotContain(("obj", 11u), placeholders);
    }

    /// <summary>Builds the deck: each slide's layout part, and the placeholders (type, idx) of the first slide.</summary>
    private static (List<string> Layouts, List<(string, uint)> Placeholders) Built()
    {
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", TplmoreTemplates.Agenda);
        var output = build.BuildYaml(Deck);
        using var document = PresentationDocument.Open(output, isEditable: false);
        var slides = document.PresentationPart!.SlideParts.OrderBy(p => p.Uri.OriginalString, StringComparer.Ordinal).ToList();
        return (slides.Select(s => s.SlideLayoutPart!.Uri.OriginalString).ToList(),
            slides[0].Slide.Descendants<P.PlaceholderShape>().Select(ph => (ph.Type?.InnerText ?? "obj", ph.Index?.Value ?? 0)).ToList());
    }
}
