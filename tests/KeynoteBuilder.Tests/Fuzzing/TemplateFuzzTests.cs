using System.Globalization;
using System.IO.Compression;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Pptx.TemplateInput;
using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;
using Xunit.Abstractions;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// Mutated templates (flipped bytes, truncation, a dropped entry, damaged XML inside an entry): reading
/// never throws, a refusal always has a template code, and a deck built on any template that reads is a
/// valid package. CI runs 40 inputs (a few seconds); a soak: KEYNOTE_TEMPLATE_FUZZ_INPUTS=20000 [KEYNOTE_FUZZ_SEED=n].
/// </summary>
public sealed class TemplateFuzzTests(ITestOutputHelper output)
{
    private const string Deck = "title: Fuzz\ntemplate: t.pptx\nslides:\n  - layout: title\n    title: Hello\n  - title: Body\n    bullets: [One, Two]\n    notes: n\n  - layout: statement\n    title: End\n";

    [Fact]
    public void No_mutated_template_crashes_or_builds_an_invalid_package()
    {
        var inputs = Setting("KEYNOTE_TEMPLATE_FUZZ_INPUTS", 40);
        var seed = Setting("KEYNOTE_FUZZ_SEED", 20141014);
        var own = TemplateFiles.Own;
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new PptxWriter(), templates: new TemplateReader());
        var folder = Directory.CreateTempSubdirectory("keynote-template-fuzz-").FullName;
        var deckPath = Path.Combine(folder, "deck.yaml");
        File.WriteAllText(deckPath, Deck);
        var (built, refused, templateErrors, failures) = (0, 0, 0, new List<string>());
        for (var index = 0; index < inputs; index++)
        {
            // Not HashCode.Combine: it is seeded per process, and a failing input must come back in the next run.
            var random = new Random(unchecked((seed * 7919) + index));
            var template = Mutate(own, random);
            File.WriteAllBytes(Path.Combine(folder, "t.pptx"), template);
            try
            {
                var result = new TemplateReader().Read("t.pptx", template);
                Assert.True(result.Model is not null || result.Code!.StartsWith("KB10", StringComparison.Ordinal), $"refused with {result.Code}");
                var package = new MemoryStream();
                var build = compiler.Compile(deckPath, File.ReadAllBytes(deckPath), () => package, timestamp: null);
                if (build.Succeeded)
                {
                    built++;
                    templateErrors += ValidateOurParts(package.ToArray());
                }
                else
                {
                    refused++;
                    Assert.All(build.Diagnostics, d => Assert.True(d.Position.Line >= 1, d.ToString()));
                }
            }
            catch (Exception ex)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"keynote-template-fuzz-{seed}-{index}.pptx");
                File.WriteAllBytes(saved, template);
                failures.Add($"input {index} (saved to {saved}): {ex.GetType().Name}: {ex.Message}");
            }
        }

        Directory.Delete(folder, recursive: true);
        var summary = string.Create(CultureInfo.InvariantCulture, $"template fuzz: {inputs} inputs, {built} built and validated, {refused} refused, {templateErrors} schema errors inside copied template parts (not ours), {failures.Count} failures, seed {seed}");
        output.WriteLine(summary);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// The package opens and has no validator error in what we wrote; a template part that is well-formed
    /// but not schema-valid is copied as it is (PowerPoint, not us, decides on it), so its errors are counted.
    /// </summary>
    private static int ValidateOurParts(byte[] package)
    {
        using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(package), isEditable: false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).ToList();
        var ours = errors.Where(e => e.Part?.Uri.OriginalString is { } uri && (uri.StartsWith("/ppt/slides/", StringComparison.Ordinal) || uri.StartsWith("/ppt/notesSlides/", StringComparison.Ordinal)
            || (uri == "/ppt/presentation.xml" && !CopiedIntoPresentation(e.Path?.XPath)))).ToList();
        Assert.True(ours.Count == 0, "OpenXmlValidator errors in our parts:\n" + string.Join("\n", ours.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        return errors.Count;
    }

    /// <summary>Whether an error in the presentation part lies inside what it copies from the template as it is (its text styles, fonts, line-break rules).</summary>
    private static bool CopiedIntoPresentation(string? xpath) =>
        xpath is not null && (xpath.Contains("defaultTextStyle", StringComparison.Ordinal) || xpath.Contains("embeddedFontLst", StringComparison.Ordinal) || xpath.Contains("kinsoku", StringComparison.Ordinal));

    private static byte[] Mutate(byte[] package, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var flipped = (byte[])package.Clone();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }

                return flipped;
            case 1:
                return package[..random.Next(package.Length)];
            default:
                var names = EntryNames(package);
                var target = names[random.Next(names.Count)];
                var drop = random.Next(2) == 0;
                return TemplateFiles.Rezip(package, (name, data) => name != target ? data : drop ? null : DamageXml(data, random));
        }
    }

    /// <summary>Cuts, repeats or swaps a stretch of the entry's text, or puts markup in the middle of it.</summary>
    private static byte[] DamageXml(byte[] data, Random random)
    {
        var text = System.Text.Encoding.UTF8.GetString(data);
        var at = random.Next(text.Length + 1);
        string[] inserts = ["<", ">", "</p:sp>", "<p:ph type=\"body\" idx=\"-1\"/>", "&bogus;", "\"", "<a:off x=\"99999999999999999999\" y=\"-1\"/>", "r:id=\"rId999\"", "\0"];
        return System.Text.Encoding.UTF8.GetBytes(random.Next(3) switch
        {
            0 => text[..at],
            1 => text[..at] + inserts[random.Next(inserts.Length)] + text[at..],
            _ => text.Replace("idx=\"1\"", "idx=\"" + random.Next(-2, 20).ToString(CultureInfo.InvariantCulture) + "\"", StringComparison.Ordinal),
        });
    }

    private static List<string> EntryNames(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
