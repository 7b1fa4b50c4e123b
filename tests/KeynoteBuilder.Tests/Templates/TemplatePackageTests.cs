using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>The copy of a template into a built deck, on templates the tests make themselves (always available).</summary>
public sealed class TemplatePackageTests
{
    private const string Deck = "title: On a template\ntemplate: t.pptx\nslides:\n  - layout: title\n    title: Hello\n    subtitle: A speaker\n  - title: Content\n    bullets: [One, Two]\n    notes: Say it\n  - layout: statement\n    title: The end\n";

    [Fact]
    public void Our_own_package_as_a_template_carries_its_master_and_layouts_and_none_of_its_slides()
    {
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", TemplateFiles.Own);
        var output = build.BuildYaml(Deck);
        TemplateOutputCheck.Check(output, TemplateFiles.Own, ["Title Slide", "Title and Content", "Statement"]);
    }

    [Fact]
    public void A_damaged_presentation_part_keeps_only_the_settings_of_the_schema()
    {
        // A flipped bit renames an attribute, a number turns into text, an element no schema knows: the part
        // we write from it must still be valid, and the template's good settings stay.
        var template = TemplateFiles.Replace(TemplateFiles.Own, "ppt/presentation.xml", x => x
            .Replace("saveSubsetFonts=\"1\"", "saveSubsmtFonts=\"1\" firstSlideNum=\"one\" autoCompressPictures=\"0\" rtl=\"2\"", StringComparison.Ordinal)
            .Replace("<p:notesSz ", "<p:bogus/><p:notesSz ", StringComparison.Ordinal)
            .Replace("<p:sldMasterId id=\"2147483648\"", "<p:sldMasterId id=\"214748;648\"", StringComparison.Ordinal));
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", template);
        var output = build.BuildYaml(Deck);
        TemplateOutputCheck.Check(output, template, ["Title Slide", "Title and Content", "Statement"]);

        using var zip = System.IO.Compression.ZipFile.OpenRead(output);
        using var stream = zip.GetEntry("ppt/presentation.xml")!.Open();
        var root = System.Xml.Linq.XDocument.Load(stream).Root!;
        Assert.Equal("2147483648", (string?)root.Elements().First().Elements().Single().Attribute("id"));
        Assert.Equal(["autoCompressPictures"], root.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Name.LocalName));
        Assert.Equal(["sldMasterIdLst", "notesMasterIdLst", "sldIdLst", "sldSz", "notesSz", "defaultTextStyle"], root.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void A_template_without_a_notes_master_gets_ours_when_the_deck_has_notes()
    {
        var template = TemplateFiles.Rezip(
            TemplateFiles.Replace(
                TemplateFiles.Replace(TemplateFiles.Own, "ppt/presentation.xml", x => Cut(x, "<p:notesMasterIdLst>", "</p:notesMasterIdLst>")),
                "ppt/_rels/presentation.xml.rels", x => Cut(x, "<Relationship Id=\"rId3\"", "/>")),
            (name, data) => name.StartsWith("ppt/notesMasters/", StringComparison.Ordinal) || name.StartsWith("ppt/notesSlides/", StringComparison.Ordinal) ? null : data);
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", template);
        var output = build.BuildYaml(Deck);
        TemplateOutputCheck.Check(output, template, ["Title Slide", "Title and Content", "Statement"]);
        Assert.Contains("Say it", DeckDump.Describe(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Slides_text_goes_into_the_resolved_layouts_placeholders_at_their_boxes()
    {
        // Move the content layout's body: the slide's body must follow it, and keep its idx.
        var template = TemplateFiles.Replace(TemplateFiles.Own, "ppt/slideLayouts/slideLayout2.xml", x => x.Replace("<p:ph idx=\"1\"/>", "<p:ph idx=\"7\"/>", StringComparison.Ordinal));
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", template);
        var output = build.BuildYaml(Deck);
        var model = new KeynoteBuilder.Pptx.TemplateInput.TemplateReader().Read("t.pptx", template).Model!;
        var body = model.Masters[0].Layouts.Single(l => l.Name == "Title and Content").Placeholders.Single(p => p.Index == 7);
        using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(output));
        using var reader = new StreamReader(zip.GetEntry("ppt/slides/slide2.xml")!.Open());
        var slide = reader.ReadToEnd();
        // The body is linked to idx 7 and takes its box from it: no xfrm of its own.
        var shape = slide[slide.IndexOf("<p:ph idx=\"7\"/>", StringComparison.Ordinal)..];
        shape = shape[..shape.IndexOf("</p:sp>", StringComparison.Ordinal)];
        Assert.Contains("<p:spPr />", shape, StringComparison.Ordinal);
        Assert.DoesNotContain("<a:xfrm", shape, StringComparison.Ordinal);
        Assert.True(body.Box.Width > 0);
    }

    [Fact]
    public void The_same_deck_and_template_give_the_same_bytes()
    {
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", TemplateFiles.Own);
        var first = File.ReadAllBytes(build.BuildYaml(Deck));
        var second = File.ReadAllBytes(build.BuildYaml(Deck));
        Assert.Equal(first, second);
    }

    private static string Cut(string xml, string from, string to)
    {
        var start = xml.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not in the part");
        var end = xml.IndexOf(to, start, StringComparison.Ordinal) + to.Length;
        return xml[..start] + xml[end..];
    }
}
