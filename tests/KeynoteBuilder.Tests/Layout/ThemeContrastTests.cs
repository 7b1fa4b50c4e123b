using System.IO.Compression;
using System.Xml.Linq;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// Every run of text in a built package, on a dark and on a light theme, has a WCAG contrast of at least
/// 4.5:1 against what is behind it: its table cell's fill, or the slide background from the theme.
/// The colours are read from the package's XML, as a client would.
/// </summary>
public sealed class ThemeContrastTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private const string Slides = """
        footer: Kernel state of the union
        slide-numbers: true
        slides:
          - layout: title
            title: State of the union
            subtitle: A maintainer's view
          - title: Releases
            subtitle: Two years of merges
            table:
              header: [Release, Changesets, Developers]
              rows:
                - ["6.1", "13,942", "2,033"]
                - ["6.2", "14,843", "2,088"]
                - ["6.3", "14,424", "1,971"]
                - ["6.4", "13,056", "1,922"]
            source: "Source: [LWN.net](https://lwn.net)"
            footnote: Counts include merges.
            steps:
              - []
              - [Developers, "6.2"]
          - title: A picture
            image: logo.png
            caption: The logo, in colour
          - layout: statement
            title: Questions?
        """;

    [Theory]
    [InlineData("1D1F21", "E8E8E8", "81A2BE")]
    [InlineData("1D1F21", "E8E8E8", "CC0000")]
    [InlineData("FFFFFF", "222222", "CC0000")]
    [InlineData("002B36", "EEE8D5", "B58900")]
    [InlineData("000000", "FFFFFF", "1F3A93")]
    public void Every_text_run_is_readable_on_what_is_behind_it(string background, string text, string accent)
    {
        using var build = new TestBuild();
        var runs = Runs(BuildDeck(build, background, text, accent)).ToList();
        foreach (var expected in new[] { "A maintainer's view", "Two years of merges", "Changesets", "13,942", "14,424", "LWN.net", "Counts include merges.", "Kernel state of the union", "The logo, in colour", "3", "Questions?" })
        {
            Assert.Contains(runs, r => r.Text == expected);
        }

        // WCAG asks 4.5:1 of body text and 3:1 of large text (the statement's 28 pt and more, bold).
        var unreadable = runs.Where(r => Ratio(r.Color, r.Behind) < (r.Large ? 3 : 4.5))
            .Select(r => $"'{r.Text}' #{r.Color} on #{r.Behind}: {Ratio(r.Color, r.Behind):0.00}:1").Distinct().ToList();
        Assert.True(unreadable.Count == 0, "below 4.5:1:\n" + string.Join("\n", unreadable));
    }

    [Fact]
    public void Table_rows_are_banded_on_a_dark_theme_too()
    {
        using var build = new TestBuild();
        var pptx = BuildDeck(build, "1D1F21", "E8E8E8", "81A2BE");

        var fills = Runs(pptx).Where(r => r.InTable).Select(r => r.Behind).Distinct().ToList();
        Assert.Equal(3, fills.Count); // header, plain rows, banded rows
        Assert.Contains("1D1F21", fills);
        Assert.Contains("81A2BE", fills);
    }

    private static string BuildDeck(TestBuild build, string background, string text, string accent)
    {
        File.Copy(RepoPaths.File("tests", "cases", "assets", "logo.png"), Path.Combine(build.Folder, "logo.png"));
        return build.BuildYaml($"""
            title: Contrast
            theme:
              colors:
                background: "#{background}"
                text: "#{text}"
                accent: "#{accent}"
            {Slides}
            """);
    }

    /// <summary>WCAG 2 contrast ratio of two "RRGGBB" colours, computed here so the test does not trust the code it checks.</summary>
    private static double Ratio(string a, string b)
    {
        static double Luminance(string hex)
        {
            var c = Enumerable.Range(0, 3).Select(i => Convert.ToInt32(hex.Substring(i * 2, 2), 16) / 255.0)
                .Select(v => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
            return (0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2]);
        }

        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Each run's text, colour and what it is drawn on, over every slide of the package.</summary>
    private static IEnumerable<(string Text, string Color, string Behind, bool InTable, bool Large)> Runs(string pptx)
    {
        using var zip = ZipFile.OpenRead(pptx);
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var theme = Part("ppt/theme/theme1.xml");
        string SchemeColor(string name) => theme.Descendants(A + name).Single().Element(A + "srgbClr")!.Attribute("val")!.Value;
        var background = SchemeColor("lt1");

        // Clients draw a hyperlink in the theme's hlink colour, whatever colour its run names.
        var link = SchemeColor("hlink");
        var result = new List<(string, string, string, bool, bool)>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            foreach (var run in Part(entry.FullName).Descendants(A + "r"))
            {
                var color = run.Element(A + "rPr")!.Element(A + "solidFill")!.Element(A + "srgbClr")!.Attribute("val")!.Value;
                var cell = run.Ancestors(A + "tc").FirstOrDefault();
                var behind = cell?.Element(A + "tcPr")!.Element(A + "solidFill")!.Element(A + "srgbClr")!.Attribute("val")!.Value ?? background;
                var large = int.Parse(run.Element(A + "rPr")!.Attribute("sz")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= 2800 && run.Element(A + "rPr")!.Attribute("b")?.Value == "1";
                result.Add((run.Element(A + "t")!.Value, color, behind, cell is not null, large));
                if (run.Element(A + "rPr")!.Element(A + "hlinkClick") is not null)
                {
                    result.Add((run.Element(A + "t")!.Value + " (as a link)", link, behind, cell is not null, false));
                }
            }
        }

        return result;
    }
}
