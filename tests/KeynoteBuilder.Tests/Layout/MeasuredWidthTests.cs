using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// What the layout pass fitted holds with the metrics of the fonts the text is drawn in, read back from
/// the package: code in Courier New (every glyph 0.6 em), table headers in bold Arial (Liberation Sans Bold).
/// </summary>
public sealed class MeasuredWidthTests
{
    private const double PointsPerEmu = 1 / 12700.0;
    private const double Inset = 7.2;

    [Fact]
    public void Code_heavy_text_fits_its_box_when_measured_as_Courier_New()
    {
        var code = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"fn_{i:D4}()"));
        using var build = new TestBuild();
        var pptx = build.BuildYaml($"title: Code\nslides:\n  - title: Calls\n    text: \"`{code}`\"\n");

        using var document = PresentationDocument.Open(pptx, isEditable: false);
        var slide = document.PresentationPart!.SlideParts.First();
        var body = slide.Slide.Descendants<P.Shape>().Single(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!.StartsWith("Text", StringComparison.Ordinal));
        var run = body.TextBody!.Descendants<A.Run>().Single();
        Assert.Equal("Courier New", run.RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);

        // The size and box the body's placeholder gives it, as PowerPoint shows them (the fontScale applied).
        var ph = body.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape!;
        var size = Inherited.Size(run, run.Ancestors<A.Paragraph>().First(), ph, slide.SlideLayoutPart)!.Value;
        var extent = (body.ShapeProperties!.Transform2D ?? Inherited.Box(ph, slide.SlideLayoutPart!))!.Extents!;
        var (width, height) = (extent.Cx!.Value * PointsPerEmu, extent.Cy!.Value * PointsPerEmu);

        // Greedy wrapping with Courier New's advance, 0.6 em for every character.
        var (lines, x, advance) = (1, 0.0, 0.6 * size);
        foreach (var word in code.Split(' '))
        {
            var w = word.Length * advance;
            if (x > 0 && x + w > width - (2 * Inset))
            {
                (lines, x) = (lines + 1, 0);
            }

            x += w + advance;
        }

        Assert.True((lines * size * 1.2) + (2 * 3.6) <= height, $"{lines} lines at {size} pt need {lines * size * 1.2:0} pt; the box is {height:0} pt high");
    }

    [Fact]
    public void No_table_column_is_narrower_than_its_header_words_in_bold()
    {
        using var build = new TestBuild();
        var pptx = build.BuildYaml("""
            title: Releases
            slides:
              - title: Ten years of releases
                table:
                  header: [Version, Released, Changesets, Developers, Downtime, Companies, Highlights]
                  rows:
                    - ["9.4", 2014, "2,731", 251, none, 62, "JSONB, logical decoding, ALTER SYSTEM and replication slots"]
                    - ["10", 2017, "3,019", 312, none, 71, "Declarative partitioning, logical replication"]
            """);

        var table = Frames(pptx, 0).Single().Descendants<A.Table>().Single();
        var columns = table.TableGrid!.Elements<A.GridColumn>().Select(c => c.Width!.Value * PointsPerEmu).ToList();
        var header = table.Elements<A.TableRow>().First().Elements<A.TableCell>().ToList();
        Assert.InRange(columns.Sum(), 0, 960 - (2 * 54) + 0.01); // never wider than the slide's content area
        var measurer = new TextMeasurer();
        for (var c = 0; c < columns.Count; c++)
        {
            var run = header[c].Descendants<A.Run>().Single();
            var size = run.RunProperties!.FontSize!.Value / 100.0;
            foreach (var word in run.Text!.Text.Split(' '))
            {
                var needed = measurer.Width(word, size, bold: true);
                Assert.True(columns[c] - (2 * Inset) >= needed, $"'{word}' needs {needed:0.0} pt at {size} pt; its column has {columns[c] - (2 * Inset):0.0}");
            }
        }
    }

    private static List<P.Shape> Shapes(string pptx, int slide) => Elements<P.Shape>(pptx, slide);

    private static List<P.GraphicFrame> Frames(string pptx, int slide) => Elements<P.GraphicFrame>(pptx, slide);

    private static List<T> Elements<T>(string pptx, int slide)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        using var document = PresentationDocument.Open(pptx, isEditable: false);
        var part = document.PresentationPart!.SlideParts.ElementAt(slide);
        return part.Slide.CommonSlideData!.ShapeTree!.Elements<T>().Select(e => (T)e.CloneNode(true)).ToList();
    }
}
