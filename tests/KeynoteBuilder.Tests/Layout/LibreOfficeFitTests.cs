using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// Fitted text against a real client: decks with many bullets, long bullets, long text, code-heavy
/// text and a wide table are rendered by LibreOffice to PDF and the words' positions read back
/// (pdftotext -bbox). A shrunk body is written as normAutofit's fontScale, which PowerPoint shows as is
/// but LibreOffice 7.4 recomputes; so the check of the measurement renders what PowerPoint shows (the
/// fontScale applied to the inherited sizes): no word may leave its shape; and one point larger than
/// the fitted size, the text must no longer fit, so no size was chosen needlessly small. The deck as
/// written, shrunk by LibreOffice itself, must stay in its shapes too. Skipped without soffice or pdftotext.
/// </summary>
public sealed partial class LibreOfficeFitTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Shape names (as the layout pass names them) whose text size was fitted to the box.</summary>
    private static readonly string[] Fitted = ["Content", "Text"];

    [NeedsRendererFact]
    public void Fitted_text_stays_in_its_box_and_is_not_needlessly_small()
    {
        using var build = new TestBuild();
        var pptx = build.BuildYaml(Deck());
        Assert.DoesNotContain("KB0801", build.Stderr, StringComparison.Ordinal);

        var bodies = Bodies(pptx);
        var fitted = bodies.Where(b => Fitted.Any(n => b.Box.Name.StartsWith(n, StringComparison.Ordinal))).ToList();
        Assert.Contains(fitted, b => b.Shrunk);

        // As a user of LibreOffice sees it: LibreOffice shrinks by its own measure, and keeps the text inside too.
        AssertInside("as written", bodies, Render(pptx, build.Folder, "written"));

        // As PowerPoint shows it: the fitted sizes themselves.
        var shown = Path.Combine(build.Folder, "shown.pptx");
        File.Copy(pptx, shown);
        Freeze(shown, 0);
        AssertInside("as PowerPoint shows it", bodies, Render(shown, build.Folder, "shown"));

        // The same deck with every fitted body one point larger: each must now overflow its box.
        var larger = Path.Combine(build.Folder, "larger.pptx");
        File.Copy(pptx, larger);
        Freeze(larger, 100);
        var grown = Render(larger, build.Folder, "larger");
        foreach (var (slide, body, _) in fitted)
        {
            var lowest = grown.Where(w => w.Page == slide).Max(w => w.Bottom - (0.2 * w.Height));
            Assert.True(lowest > body.Bottom, $"slide {slide + 1}: one point larger still fits ({lowest:0} <= {body.Bottom:0}); the fitted size was needlessly small");
        }
    }

    private static void AssertInside(string how, List<(int Slide, ShapeBox Box, bool Shrunk)> bodies, List<PdfWord> words)
    {
        foreach (var (slide, body, _) in bodies)
        {
            var inBody = words.Where(w => w.Page == slide && w.Top >= body.Y - 1).ToList();
            Assert.NotEmpty(inBody);
            foreach (var word in inBody)
            {
                Assert.True(word.Right <= body.Right + 0.5 && word.Left >= body.X - 0.5 && word.Bottom - (0.2 * word.Height) <= body.Bottom,
                    $"{how}, slide {slide + 1}: '{word.Text}' at ({word.Left:0},{word.Top:0})-({word.Right:0},{word.Bottom:0}) leaves its shape {body}");
            }
        }
    }

    private static string Deck()
    {
        var random = new Random(20261127);
        string[] vocabulary = ["the", "kernel", "release", "cycle", "merges", "new", "drivers", "and", "fixes", "regressions", "quickly", "while", "maintainers", "review", "patches", "from", "many", "companies", "every", "week"];
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var sixteen = string.Concat(Enumerable.Range(0, 16).Select(_ => $"\n      - {Sentence(6)}"));
        var longBullets = string.Concat(Enumerable.Range(0, 4).Select(_ => $"\n      - {Sentence(30)}"));
        var code = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"`fn_{i}(arg, {i})`"));
        return $"""
            title: Fitting
            slides:
              - title: Sixteen bullets
                bullets:{sixteen}
              - title: Long bullets
                bullets:{longBullets}
              - title: Long text
                text: "{Sentence(120)}"
              - title: Code-heavy text
                text: "Call `kvm_vcpu_ioctl()` then {Sentence(5)} {code}"
              - title: Nested bullets
                bullets:
                  - {Sentence(14)}:
                      - {Sentence(20)}
                      - {Sentence(18)}:
                          - {Sentence(25)}
                  - {Sentence(22)}
              - title: A wide table
                table:
                  header: [Version, Released, Changesets, Developers, Downtime, Companies, Highlights]
                  rows:
                    - ["9.4", 2014, "2,731", 251, none, 62, "JSONB, logical decoding, `ALTER SYSTEM` and replication slots"]
                    - ["10", 2017, "3,019", 312, none, 71, "Declarative partitioning, logical replication, quorum commit"]
                    - ["12", 2019, "2,942", 337, none, 75, "Generated columns, pluggable table storage, SQL/JSON path"]
                    - ["16", 2023, "2,571", 361, none, 80, "Logical decoding on standbys, SIMD, pg_stat_io"]
            """;
    }

    /// <summary>Each slide's body shape (bullets, text or table), its box in points (its layout placeholder's when it has none of its own), and whether it was shrunk.</summary>
    private static List<(int Slide, ShapeBox Box, bool Shrunk)> Bodies(string pptx)
    {
        using var zip = ZipFile.OpenRead(pptx);
        var result = new List<(int, ShapeBox, bool)>();
        for (var slide = 0; zip.GetEntry($"ppt/slides/slide{slide + 1}.xml") is { } entry; slide++)
        {
            var xml = Load(zip, entry.FullName);
            foreach (var shape in xml.Descendants(P + "sp").Concat(xml.Descendants(P + "graphicFrame")))
            {
                var name = shape.Descendants(P + "cNvPr").First().Attribute("name")!.Value;
                if (Fitted.Any(n => name.StartsWith(n, StringComparison.Ordinal)) || name.StartsWith("Table", StringComparison.Ordinal))
                {
                    var frame = shape.Descendants().FirstOrDefault(e => e.Name.LocalName == "xfrm") ?? LayoutPlaceholderBox(zip, slide, shape);
                    var off = frame.Element(A + "off")!;
                    var ext = frame.Element(A + "ext")!;
                    double Points(XElement e, string attribute) => long.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture) / 12700.0;
                    var shrunk = shape.Descendants(A + "normAutofit").Any(a => a.Attribute("fontScale") is not null);
                    result.Add((slide, new ShapeBox(name, Points(off, "x"), Points(off, "y"), Points(ext, "cx"), Points(ext, "cy")), shrunk));
                }
            }
        }

        return result;
    }

    /// <summary>The box of the layout placeholder a slide's placeholder inherits from (same idx).</summary>
    private static XElement LayoutPlaceholderBox(ZipArchive zip, int slide, XElement shape)
    {
        var index = (string?)shape.Descendants(P + "ph").Single().Attribute("idx") ?? "0";
        var rels = Load(zip, $"ppt/slides/_rels/slide{slide + 1}.xml.rels");
        var target = rels.Descendants(Rel + "Relationship").Single(r => ((string)r.Attribute("Type")!).EndsWith("/slideLayout", StringComparison.Ordinal)).Attribute("Target")!.Value;
        var layout = Load(zip, "ppt/slideLayouts/" + Path.GetFileName(target));
        return layout.Descendants(P + "sp").Single(s => ((string?)s.Descendants(P + "ph").SingleOrDefault()?.Attribute("idx") ?? "0") == index).Descendants(A + "xfrm").Single();
    }

    /// <summary>A part's XML with every space kept: a run of one space between code spans is text.</summary>
    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// Writes the fitted bodies as PowerPoint shows them: each run at its fontScale of the size its level
    /// inherits from the master's body style, plus <paramref name="extra"/> hundredths of a point, without autofit.
    /// </summary>
    private static void Freeze(string pptx, int extra)
    {
        using var zip = ZipFile.Open(pptx, ZipArchiveMode.Update);
        var master = Load(zip, "ppt/slideMasters/slideMaster1.xml");
        var levels = master.Descendants(P + "bodyStyle").Single().Elements()
            .Select(l => int.Parse(l.Element(A + "defRPr")!.Attribute("sz")!.Value, CultureInfo.InvariantCulture)).ToList();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal)).ToList())
        {
            var name = entry.FullName;
            var xml = Load(zip, name);
            foreach (var shape in xml.Descendants(P + "sp").Where(s => Fitted.Any(n => s.Descendants(P + "cNvPr").First().Attribute("name")!.Value.StartsWith(n, StringComparison.Ordinal))))
            {
                var bodyPr = shape.Descendants(A + "bodyPr").Single();
                var scale = (int?)bodyPr.Element(A + "normAutofit")?.Attribute("fontScale") ?? 100_000;
                bodyPr.RemoveNodes();
                bodyPr.Add(new XElement(A + "noAutofit"));
                foreach (var paragraph in shape.Descendants(A + "p"))
                {
                    var level = (int?)paragraph.Element(A + "pPr")?.Attribute("lvl") ?? 0;
                    var size = (int)Math.Round(levels[level] * (scale / 100_000.0)) + extra;
                    foreach (var properties in paragraph.Descendants().Where(e => e.Name == A + "rPr" || e.Name == A + "endParaRPr"))
                    {
                        properties.SetAttributeValue("sz", size.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            xml.Save(writer, SaveOptions.DisableFormatting);
        }
    }

    /// <summary>LibreOffice's PDF of the deck, as words with their boxes in points (0-based pages).</summary>
    private static List<PdfWord> Render(string pptx, string folder, string name)
    {
        var profile = Directory.CreateTempSubdirectory("keynote-lo-profile-").FullName;
        var outDir = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
        try
        {
            Run("soffice", $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir {outDir} {pptx}");
            var pdf = Directory.GetFiles(outDir, "*.pdf").Single();
            var html = Run("pdftotext", $"-bbox {pdf} -");
            var words = new List<PdfWord>();
            var page = -1;
            foreach (var line in html.Split('\n'))
            {
                if (line.Contains("<page ", StringComparison.Ordinal))
                {
                    page++;
                }
                else if (WordPattern().Match(line) is { Success: true } m)
                {
                    double N(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
                    words.Add(new PdfWord(page, N(1), N(2), N(3), N(4), m.Groups[5].Value));
                }
            }

            return words;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), $"{file} did not finish in 3 minutes");
        _ = error.Result;
        return output;
    }

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*)</word>")]
    private static partial Regex WordPattern();

    private sealed record ShapeBox(string Name, double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;
    }

    private sealed record PdfWord(int Page, double Left, double Top, double Right, double Bottom, string Text)
    {
        public double Height => Bottom - Top;
    }
}

/// <summary>A fact that is skipped, and says so, without LibreOffice's soffice or poppler's pdftotext on the PATH.</summary>
public sealed class NeedsRendererFactAttribute : FactAttribute
{
    public NeedsRendererFactAttribute()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        var missing = new[] { "soffice", "pdftotext" }.Where(tool => !path.Any(dir => File.Exists(Path.Combine(dir, tool)))).ToList();
        if (missing.Count > 0)
        {
            Skip = $"{string.Join(" and ", missing)} not installed (apt-get install libreoffice-impress poppler-utils)";
        }
    }
}
