using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pptx.TemplateInput;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// Text on real templates nobody on the team made: on pandoc's reference, slide text inherits the
/// template's look (runs say only what the deck asks, placeholders keep the layout's boxes, the slide
/// number is a field in the layout's placeholder, a long body gets the font scale our measurement chose);
/// on a LibreOffice export without text styles, the look is written out, in the template's own sizes
/// and colours, with a warning at <c>template:</c>.
/// </summary>
public sealed class TemplateStyleTests
{
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private const string Deck = """
        title: On pandoc's reference
        template: t.pptx
        footer: A footer
        slide-numbers: true
        slides:
          - layout: title
            title: On a template
            subtitle: A speaker
          - title: What the deck asks
            bullets:
              - "Plain, **bold**, *italic*, `code` and [a link](https://example.org)"
              - Nested:
                  - A second level
            steps:
              - [italic]
          - layout: section
            title: Part two
        """;

    [NeedsToolFact("pandoc")]
    public void On_pandocs_reference_slide_runs_carry_only_what_the_deck_asks()
    {
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", TemplateFiles.Pandoc!);
        var output = build.BuildYaml(Deck);
        Assert.NotEmpty(DeckDump.Read(output));

        var slides = Slides(output);
        var placeholders = slides.SelectMany(s => s.Descendants(P + "sp")).Where(s => Ph(s) is not null).ToList();
        Assert.Contains(placeholders, s => Ph(s)!.Attribute("type")?.Value == "ctrTitle");
        foreach (var shape in placeholders)
        {
            // Linked to the layout's placeholder and in its box.
            Assert.Null(shape.Element(P + "spPr")!.Element(A + "xfrm"));
            foreach (var run in shape.Descendants(A + "r"))
            {
                var text = run.Element(A + "t")!.Value;
                var properties = run.Element(A + "rPr")!;
                Assert.Null(properties.Attribute("sz"));
                Assert.True(properties.Element(A + "latin") is null == (text != "code"), $"'{text}': a typeface only on code");
                Assert.True(properties.Element(A + "solidFill") is null == (text is not ("italic" or "a link")), $"'{text}': a colour only on emphasis and links");
            }

            Assert.All(shape.Descendants(A + "pPr"), p => Assert.DoesNotContain(p.Attributes(), a => a.Name.LocalName is "marL" or "indent" or "algn"));
            Assert.Empty(shape.Descendants(A + "lnSpc").Concat(shape.Descendants(A + "spcBef")).Concat(shape.Descendants(A + "buChar")));
        }

        // The footer and the slide number are in the layout's placeholders, the number a field that counts itself.
        var content = slides[1];
        var footer = content.Descendants(P + "sp").Single(s => Ph(s)?.Attribute("type")?.Value == "ftr");
        Assert.Equal("A footer", string.Concat(footer.Descendants(A + "t").Select(t => t.Value)));
        var number = content.Descendants(P + "sp").Single(s => Ph(s)?.Attribute("type")?.Value == "sldNum");
        var field = Assert.Single(number.Descendants(A + "fld"));
        Assert.Equal(("slidenum", "2"), (field.Attribute("type")!.Value, field.Element(A + "t")!.Value));
        Assert.DoesNotContain(content.Descendants(P + "sp"), s => Ph(s) is null);
    }

    [NeedsToolFact("pandoc")]
    public void A_long_body_on_pandocs_reference_gets_the_font_scale_the_measurement_chose()
    {
        var items = Enumerable.Range(1, 9).Select(i => $"      - Point {i} says enough about the subject at hand to wrap onto a second line").ToList();
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", TemplateFiles.Pandoc!);
        var output = build.BuildYaml("title: Long\ntemplate: t.pptx\nslides:\n  - title: Many points\n    bullets:\n" + string.Join("\n", items) + "\n");

        var body = Slides(output)[0].Descendants(P + "sp").Single(s => Ph(s)?.Attribute("idx")?.Value == "1");
        var fit = body.Element(P + "txBody")!.Element(A + "bodyPr")!.Element(A + "normAutofit")!;
        var scale = int.Parse(fit.Attribute("fontScale")!.Value, CultureInfo.InvariantCulture) / 100_000.0;
        var reduction = (int?)fit.Attribute("lnSpcReduction") is { } r ? r / 100_000.0 : 0;
        Assert.InRange(scale, 0.5, 0.99);

        // Measured again from the template's own numbers: it fits at that scale, and not one percent larger.
        var model = new TemplateReader().Read("t.pptx", TemplateFiles.Pandoc!).Model!;
        var placeholder = model.Masters[0].Layouts.Single(l => l.Name == "Title and Content").Placeholders.Single(p => p.Index == 1);
        var fitter = new TextFitter(new FontRunMeasurer(new TextMeasurer()));
        var texts = items.Select(i => fitter.Measure([new KeynoteBuilder.Model.TextRun(i.Trim()[2..])])).ToList();
        double Height(double s, double red)
        {
            var level = placeholder.Text!.At(0);
            var width = placeholder.Box.Width - placeholder.Insets.Left - placeholder.Insets.Right - level.MarginLeft;
            return placeholder.Insets.Top + texts.Select((t, i) => (t.Lines(width, level.Size * s) * level.Size * s * 1.2 * (level.LineSpacing - red)) + (i == 0 ? 0 : level.SpaceBefore)).Sum();
        }

        Assert.True(Height(scale, reduction) <= placeholder.Box.Height, "the text does not fit at the scale written");
        Assert.True(new[] { 0, 0.1, 0.2 }.All(red => Height(scale + 0.01, red) > placeholder.Box.Height), "a larger scale would have fitted");
    }

    [NeedsLibreOfficeTemplatesFact]
    public void On_a_LibreOffice_export_the_text_carries_the_templates_look_with_a_warning()
    {
        var template = TemplateFiles.LibreOffice.Single(f => Path.GetFileNameWithoutExtension(f) == "DNA");
        using var build = new TestBuild();
        build.WriteBytes("t.pptx", File.ReadAllBytes(template));
        var output = build.BuildYaml(Deck.Replace("pandoc's reference", "DNA", StringComparison.Ordinal));
        Assert.Contains("deck.yaml:2:11: warning KB1013: template 't.pptx' has no text styles", build.Stderr, StringComparison.Ordinal);

        // The master's prompt text says titles are 33 pt in #050505: what LibreOffice shows, and what the slide now says.
        var title = Slides(output)[1].Descendants(P + "sp").First(s => Ph(s)?.Attribute("type")?.Value == "title");
        Assert.NotNull(title.Element(P + "spPr")!.Element(A + "xfrm"));
        var run = title.Descendants(A + "rPr").First();
        Assert.Equal(("3300", "050505"), (run.Attribute("sz")?.Value, run.Descendants(A + "srgbClr").Single().Attribute("val")!.Value));
    }

    private static XElement? Ph(XElement shape) => shape.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph");

    private static List<XElement> Slides(string output)
    {
        using var zip = new ZipArchive(File.OpenRead(output));
        return zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => int.Parse(e.FullName["ppt/slides/slide".Length..^4], CultureInfo.InvariantCulture))
            .Select(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Root!;
            }).ToList();
    }
}
