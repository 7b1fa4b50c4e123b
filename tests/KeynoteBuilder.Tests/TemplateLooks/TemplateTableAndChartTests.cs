using System.IO.Compression;
using System.Xml.Linq;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;
using SkiaSharp;

namespace KeynoteBuilder.Tests.TemplateLooks;

/// <summary>Tables and charts on a speaker's template take its table style, theme colours and fonts.</summary>
public sealed class TemplateTableAndChartTests : IDisposable
{
    private const string Table = "title: Tables\ntemplate: t.pptx\nslides:\n  - title: Results\n    table:\n      header: [Host, Score]\n      rows:\n        - [a, \"1\"]\n        - [b, \"2\"]\n        - [c, \"3\"]\n";

    private const string Chart = "title: Charts\ntemplate: t.pptx\nslides:\n  - title: Commits\n    chart:\n      type: column\n      categories: [a, b, c]\n      series:\n        - name: Commits\n          values: [3, 5, 4]\n";

    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>A template's own table style: green header, yellow bands, both plain hex so the test can look for them.</summary>
    private const string OwnStyles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{11111111-2222-3333-4444-555555555555}\">"
        + "<a:tblStyle styleId=\"{11111111-2222-3333-4444-555555555555}\" styleName=\"House\">"
        + "<a:wholeTbl><a:tcTxStyle><a:schemeClr val=\"dk1\"/></a:tcTxStyle><a:tcStyle><a:tcBdr/><a:fill><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:fill></a:tcStyle></a:wholeTbl>"
        + "<a:band1H><a:tcStyle><a:tcBdr/><a:fill><a:solidFill><a:srgbClr val=\"FFEE00\"/></a:solidFill></a:fill></a:tcStyle></a:band1H>"
        + "<a:firstRow><a:tcTxStyle b=\"on\"><a:srgbClr val=\"FFFFFF\"/></a:tcTxStyle><a:tcStyle><a:tcBdr/><a:fill><a:solidFill><a:srgbClr val=\"00A050\"/></a:solidFill></a:fill></a:tcStyle></a:firstRow>"
        + "</a:tblStyle></a:tblStyleLst>";

    private readonly TestBuild _build = new();

    public void Dispose() => _build.Dispose();

    [Fact]
    public void A_table_on_a_template_without_table_styles_takes_PowerPoints_default_style_written_into_the_package()
    {
        _build.WriteBytes("t.pptx", TemplateFiles.Own);
        var output = _build.BuildYaml(Table);
        using var zip = ZipFile.OpenRead(output);
        var table = Slide(zip).Descendants(A + "tbl").Single();
        Assert.Equal("{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}", table.Element(A + "tblPr")!.Element(A + "tableStyleId")!.Value);
        Assert.Equal("1", (string?)table.Element(A + "tblPr")!.Attribute("firstRow"));
        Assert.Equal("1", (string?)table.Element(A + "tblPr")!.Attribute("bandRow"));

        // The style gives fills and text colours: the cells say none.
        Assert.Empty(table.Descendants(A + "tcPr").Elements(A + "solidFill"));
        Assert.Empty(table.Descendants(A + "rPr").Elements(A + "solidFill"));
        var styles = XDocument.Load(zip.GetEntry("ppt/tableStyles.xml")!.Open()).Root!;
        Assert.Equal("{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}", (string?)styles.Attribute("def"));
    }

    [Fact]
    public void A_table_takes_the_templates_default_table_style_and_is_drawn_in_its_colours()
    {
        _build.WriteBytes("t.pptx", WithTableStyles(TemplateFiles.Own));
        var deck = _build.Write("deck.yaml", Table);
        var pptx = Path.Combine(_build.Folder, "out.pptx");
        var png = Path.Combine(_build.Folder, "slides") + Path.DirectorySeparatorChar;
        Assert.Equal(0, Build(deck, pptx, png));

        using (var zip = ZipFile.OpenRead(pptx))
        {
            Assert.Equal("{11111111-2222-3333-4444-555555555555}", Slide(zip).Descendants(A + "tableStyleId").Single().Value);
            Assert.Equal(1, zip.Entries.Count(e => e.FullName.EndsWith("tableStyles.xml", StringComparison.Ordinal)));
        }

        // The PNG is drawn from the laid-out table: the template style's header and band colours, resolved.
        using var slide = SKBitmap.Decode(Path.Combine(png, "slide-01.png"));
        var colours = Colours(slide);
        Assert.Contains(new SKColor(0x00, 0xA0, 0x50), colours);
        Assert.Contains(new SKColor(0xFF, 0xEE, 0x00), colours);
    }

    [Fact]
    public void A_table_without_a_template_is_written_as_before_with_its_own_fills()
    {
        var output = _build.BuildYaml(Table.Replace("template: t.pptx\n", "", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(output);
        var table = Slide(zip).Descendants(A + "tbl").Single();
        Assert.Empty(table.Descendants(A + "tableStyleId"));
        Assert.NotEmpty(table.Descendants(A + "tcPr").Elements(A + "solidFill"));
        Assert.Null(zip.GetEntry("ppt/tableStyles.xml"));
    }

    [Fact]
    public void A_charts_series_take_the_templates_accent_colours()
    {
        _build.WriteBytes("t.pptx", WithAccent(TemplateFiles.Own, "1E90FF"));
        var output = _build.BuildYaml(Chart);
        using var zip = ZipFile.OpenRead(output);
        var png = zip.Entries.Single(e => e.FullName.StartsWith("ppt/media/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        png.Open().CopyTo(stream);
        using var chart = SKBitmap.Decode(stream.ToArray());
        var colours = Colours(chart);
        Assert.Contains(new SKColor(0x1E, 0x90, 0xFF), colours);
        Assert.DoesNotContain(new SKColor(0xCC, 0x00, 0x00), colours);
    }

    private int Build(string deck, string first, params string[] more) =>
        new DeckBuilder(new StringWriter(), new StringWriter()).Build(new BuildRequest(deck, first) { MoreOutputs = more });

    private static XElement Slide(ZipArchive zip) => XDocument.Load(zip.GetEntry("ppt/slides/slide1.xml")!.Open()).Root!;

    private static HashSet<SKColor> Colours(SKBitmap bitmap)
    {
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                colours.Add(bitmap.GetPixel(x, y).WithAlpha(255));
            }
        }

        return colours;
    }

    /// <summary>The template with a table style part naming its own default style.</summary>
    private static byte[] WithTableStyles(byte[] template) => TemplateFiles.Rezip(template, (name, data) => name switch
    {
        "[Content_Types].xml" => Utf8(Text(data).Replace("</Types>", "<Override PartName=\"/ppt/tableStyles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml\"/></Types>", StringComparison.Ordinal)),
        "ppt/_rels/presentation.xml.rels" => Utf8(Text(data).Replace("</Relationships>", "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles\" Target=\"/ppt/tableStyles.xml\"/></Relationships>", StringComparison.Ordinal)),
        _ => data,
    }, [("ppt/tableStyles.xml", Utf8(OwnStyles))]);

    /// <summary>The template with its theme's accent1 changed to <paramref name="hex"/>.</summary>
    private static byte[] WithAccent(byte[] template, string hex) => TemplateFiles.Rezip(template, (name, data) =>
        name.StartsWith("ppt/theme/theme", StringComparison.Ordinal)
            ? Utf8(Text(data).Replace("<a:accent1><a:srgbClr val=\"CC0000\"/>", $"<a:accent1><a:srgbClr val=\"{hex}\"/>", StringComparison.Ordinal))
            : data);

    private static string Text(byte[] data) => System.Text.Encoding.UTF8.GetString(data);

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
