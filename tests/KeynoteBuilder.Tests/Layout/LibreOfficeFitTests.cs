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
/// (pdftotext -bbox). No word may leave its shape; and one point larger than the fitted size, the
/// text must no longer fit, so no size was chosen needlessly small. Skipped without soffice or pdftotext.
/// </summary>
public sealed partial class LibreOfficeFitTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    /// <summary>Shape names (as the layout pass names them) whose text size was fitted to the box.</summary>
    private static readonly string[] Fitted = ["Content", "Text"];

    [NeedsRendererFact]
    public void Fitted_text_stays_in_its_box_and_is_not_needlessly_small()
    {
        using var build = new TestBuild();
        var pptx = build.BuildYaml(Deck());
        Assert.DoesNotContain("KB0801", build.Stderr, StringComparison.Ordinal);

        var bodies = Bodies(pptx);
        var words = Render(pptx, build.Folder, "fitted");
        foreach (var (slide, body) in bodies)
        {
            var inBody = words.Where(w => w.Page == slide && w.Top >= body.Y - 1).ToList();
            Assert.NotEmpty(inBody);
            foreach (var word in inBody)
            {
                Assert.True(word.Right <= body.Right + 0.5 && word.Left >= body.X - 0.5 && word.Bottom - (0.2 * word.Height) <= body.Bottom,
                    $"slide {slide + 1}: '{word.Text}' at ({word.Left:0},{word.Top:0})-({word.Right:0},{word.Bottom:0}) leaves its shape {body}");
            }
        }

        // The same deck with every fitted body one point larger: each must now overflow its box.
        var larger = Path.Combine(build.Folder, "larger.pptx");
        File.Copy(pptx, larger);
        Enlarge(larger, bodies.Where(b => Fitted.Any(n => b.Box.Name.StartsWith(n, StringComparison.Ordinal))).Select(b => b.Slide).ToList());
        var grown = Render(larger, build.Folder, "larger");
        foreach (var (slide, body) in bodies.Where(b => Fitted.Any(n => b.Box.Name.StartsWith(n, StringComparison.Ordinal))))
        {
            var lowest = grown.Where(w => w.Page == slide).Max(w => w.Bottom - (0.2 * w.Height));
            Assert.True(lowest > body.Bottom, $"slide {slide + 1}: one point larger still fits ({lowest:0} <= {body.Bottom:0}); the fitted size was needlessly small");
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

    /// <summary>Each slide's body shape (bullets, text or table) and its box in points.</summary>
    private static List<(int Slide, ShapeBox Box)> Bodies(string pptx)
    {
        using var zip = ZipFile.OpenRead(pptx);
        var result = new List<(int, ShapeBox)>();
        for (var slide = 0; zip.GetEntry($"ppt/slides/slide{slide + 1}.xml") is { } entry; slide++)
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            foreach (var shape in xml.Descendants(P + "sp").Concat(xml.Descendants(P + "graphicFrame")))
            {
                var name = shape.Descendants(P + "cNvPr").First().Attribute("name")!.Value;
                if (Fitted.Any(n => name.StartsWith(n, StringComparison.Ordinal)) || name.StartsWith("Table", StringComparison.Ordinal))
                {
                    var off = shape.Descendants(A + "off").First();
                    var ext = shape.Descendants(A + "ext").First(e => e.Attribute("cx") is not null);
                    double Points(XElement e, string attribute) => long.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture) / 12700.0;
                    result.Add((slide, new ShapeBox(name, Points(off, "x"), Points(off, "y"), Points(ext, "cx"), Points(ext, "cy"))));
                }
            }
        }

        return result;
    }

    /// <summary>Makes every text size in the fitted body shapes of these slides one point larger.</summary>
    private static void Enlarge(string pptx, List<int> slides)
    {
        using var zip = ZipFile.Open(pptx, ZipArchiveMode.Update);
        foreach (var slide in slides)
        {
            var entry = zip.GetEntry($"ppt/slides/slide{slide + 1}.xml")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            var xml = XDocument.Parse(text);
            foreach (var shape in xml.Descendants(P + "sp").Where(s => Fitted.Any(n => s.Descendants(P + "cNvPr").First().Attribute("name")!.Value.StartsWith(n, StringComparison.Ordinal))))
            {
                foreach (var attribute in shape.Descendants().Where(e => e.Name == A + "rPr" || e.Name == A + "endParaRPr").Select(e => e.Attribute("sz")).OfType<XAttribute>())
                {
                    attribute.Value = (int.Parse(attribute.Value, CultureInfo.InvariantCulture) + 100).ToString(CultureInfo.InvariantCulture);
                }
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry($"ppt/slides/slide{slide + 1}.xml").Open());
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
