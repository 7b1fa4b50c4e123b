using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Scripts;

/// <summary>What PowerPoint needs to pick fonts for text in other scripts: run languages, font slots, paragraph direction.</summary>
public sealed class ScriptPptxTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    [Fact]
    public void Runs_carry_their_language_and_font_slots_and_arabic_paragraphs_read_right_to_left()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", """
            title: Scripts
            slides:
              - title: Welcome
                bullets:
                  - ようこそ、KVM Forum へ
                  - مرحبا بكم في KVM Forum 2014
                  - Plain English
                  - 中文
                  - שלום
            """);
        Assert.Equal(0, build.Build(deck, Path.Combine(build.Folder, "out.pptx")));

        var paragraphs = Paragraphs(Path.Combine(build.Folder, "out.pptx"), slide: 0).Where(p => p.Descendants(A + "t").Any()).ToList();
        string Text(XElement p) => string.Concat(p.Descendants(A + "t").Select(t => t.Value));
        XElement Paragraph(string text) => paragraphs.Single(p => Text(p) == text);
        XElement Run(string text) => Paragraph(text).Element(A + "r")!.Element(A + "rPr")!;

        Assert.Equal("ja-JP", (string?)Run("ようこそ、KVM Forum へ").Attribute("lang"));
        Assert.Equal("+mn-ea", (string?)Run("ようこそ、KVM Forum へ").Element(A + "ea")?.Attribute("typeface"));
        Assert.Null(Run("ようこそ、KVM Forum へ").Element(A + "cs"));

        var arabic = Run("مرحبا بكم في KVM Forum 2014");
        Assert.Equal("ar-SA", (string?)arabic.Attribute("lang"));
        Assert.Equal("+mn-cs", (string?)arabic.Element(A + "cs")?.Attribute("typeface"));
        Assert.Null(arabic.Element(A + "ea"));
        var arabicProperties = Paragraph("مرحبا بكم في KVM Forum 2014").Element(A + "pPr")!;
        Assert.Equal("1", (string?)arabicProperties.Attribute("rtl"));
        Assert.Equal("r", (string?)arabicProperties.Attribute("algn"));

        // Latin text stays as format 1 wrote it: no slots; after a right-to-left paragraph it says it is left to right.
        var plain = Run("Plain English");
        Assert.Equal("en-US", (string?)plain.Attribute("lang"));
        Assert.DoesNotContain(plain.Elements(), e => e.Name == A + "ea" || e.Name == A + "cs");
        Assert.Equal("0", (string?)Paragraph("Plain English").Element(A + "pPr")!.Attribute("rtl"));
        Assert.Null(Paragraph("Welcome").Element(A + "pPr")!.Attribute("rtl"));

        // Han alone does not say Chinese or Japanese: the East Asian slot, and no language claimed.
        Assert.Equal("en-US", (string?)Run("中文").Attribute("lang"));
        Assert.NotNull(Run("中文").Element(A + "ea"));
        Assert.Equal("he-IL", (string?)Run("שלום").Attribute("lang"));
        Assert.Equal("1", (string?)Paragraph("שלום").Element(A + "pPr")!.Attribute("rtl"));
    }

    private static IEnumerable<XElement> Paragraphs(string pptx, int slide)
    {
        using var document = PresentationDocument.Open(pptx, false);
        var part = document.PresentationPart!.SlideParts.ElementAt(slide);
        using var stream = part.GetStream();
        return XDocument.Load(stream).Descendants(A + "p").ToList();
    }
}
