using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// Every run of text in a built package, on a dark and on a light theme, has a WCAG contrast of at least
/// 4.5:1 against what is behind it: its table cell's fill, or the slide background from the theme.
/// The colours are read from the package, inherited from placeholders and the theme as a client would.
/// </summary>
public sealed class ThemeContrastTests
{
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
    internal static double Ratio(string a, string b)
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

    /// <summary>
    /// Each run's text, colour and what it is drawn on, over every slide of the package, as a client
    /// resolves them: a placeholder's run takes what its placeholder inherits unless it says otherwise.
    /// </summary>
    private static List<(string Text, string Color, string Behind, bool InTable, bool Large)> Runs(string pptx)
    {
        using var document = PresentationDocument.Open(pptx, false);
        var presentation = document.PresentationPart!;
        var scheme = presentation.SlideMasterParts.Single().ThemePart!.Theme.ThemeElements!.ColorScheme!;
        var background = scheme.Light1Color!.RgbColorModelHex!.Val!.Value!;

        // Clients draw a hyperlink in the theme's hlink colour, whatever colour its run names.
        var link = scheme.Hyperlink!.RgbColorModelHex!.Val!.Value!;
        var result = new List<(string, string, string, bool, bool)>();
        foreach (var slide in presentation.SlideParts)
        {
            foreach (var run in slide.Slide.Descendants().Where(e => e is A.Run or A.Field))
            {
                var text = run.GetFirstChild<A.Text>()!.Text;
                var paragraph = run.Ancestors<A.Paragraph>().First();
                var ph = run.Ancestors<P.Shape>().FirstOrDefault()?.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
                var color = Inherited.Color(run, paragraph, ph, slide.SlideLayoutPart)!;
                var cell = run.Ancestors<A.TableCell>().FirstOrDefault();
                var behind = cell is null ? background : Inherited.Hex(cell.TableCellProperties!.GetFirstChild<A.SolidFill>(), scheme)!;
                var large = Inherited.Size(run, paragraph, ph, slide.SlideLayoutPart) >= 28 && Inherited.IsBold(run, paragraph, ph, slide.SlideLayoutPart);
                result.Add((text, color, behind, cell is not null, large));
                if (run.GetFirstChild<A.RunProperties>()?.GetFirstChild<A.HyperlinkOnClick>() is not null)
                {
                    result.Add((text + " (as a link)", link, behind, cell is not null, false));
                }
            }
        }

        return result;
    }
}
