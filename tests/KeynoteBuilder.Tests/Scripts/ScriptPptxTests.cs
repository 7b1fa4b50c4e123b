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
        var paragraphs = TextParagraphs("""
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

    [Fact]
    public void A_line_mixing_scripts_is_written_as_one_run_per_script_each_with_its_language_and_slots()
    {
        var paragraphs = TextParagraphs("""
            title: Scripts
            slides:
              - title: Cities
                bullets:
                  - "Example Corp · 東京 · 서울 · القاهرة · תל אביב"
                  - "*Tokyo* 東京 and **ようこそ**"
                  - Plain English, one run
            """);
        List<(string Text, string? Lang, bool Ea, bool Cs, bool Bold)> Runs(int index) => paragraphs[index].Elements(A + "r")
            .Select(r => (r.Element(A + "t")!.Value, (string?)r.Element(A + "rPr")!.Attribute("lang"), r.Element(A + "rPr")!.Element(A + "ea") is not null,
                r.Element(A + "rPr")!.Element(A + "cs") is not null, (string?)r.Element(A + "rPr")!.Attribute("b") == "1"))
            .ToList();

        // Spaces and the dots stay with the script before them; Han takes Korean from the paragraph's Hangul.
        Assert.Equal(
            [("Example Corp · ", "en-US", false, false, false), ("東京 · 서울 · ", "ko-KR", true, false, false),
                ("القاهرة · ", "ar-SA", false, true, false), ("תל אביב", "he-IL", false, true, false)],
            Runs(1));

        // Pieces keep their run's formatting; Han is Japanese where the paragraph has kana; a run's leading space joins its first piece.
        Assert.Equal(
            [("Tokyo", "en-US", false, false, false), (" 東京 ", "ja-JP", true, false, false), ("and ", "en-US", false, false, false),
                ("ようこそ", "ja-JP", true, false, true)],
            Runs(2));
        Assert.Single(Runs(3));
    }

    /// <summary>The paragraphs with text on the first slide of <paramref name="yaml"/>, built.</summary>
    private static List<XElement> TextParagraphs(string yaml)
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", yaml);
        Assert.Equal(0, build.Build(deck, Path.Combine(build.Folder, "out.pptx")));
        return Paragraphs(Path.Combine(build.Folder, "out.pptx"), slide: 0).Where(p => p.Descendants(A + "t").Any()).ToList();
    }

    private static IEnumerable<XElement> Paragraphs(string pptx, int slide)
    {
        using var document = PresentationDocument.Open(pptx, false);
        var part = document.PresentationPart!.SlideParts.ElementAt(slide);
        using var stream = part.GetStream();
        return XDocument.Load(stream).Descendants(A + "p").ToList();
    }
}
