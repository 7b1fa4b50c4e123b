using System.Text.RegularExpressions;
using KeynoteBuilder.Pptx.TemplateInput;
using KeynoteBuilder.Tests.Support;
using Xunit.Abstractions;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// The sample deck on real templates nobody on the team made: pandoc's reference.pptx and every
/// LibreOffice Impress template converted to .pptx, all made at test time. For each: it builds, the
/// package is valid with no dangling relationship, the template's master, layouts and theme are there,
/// each slide is on the layout the resolution names, the resolution matches its snapshot
/// (tests/templates/resolution), and LibreOffice opens it with a page a slide. Without the tools the
/// tests report themselves skipped, never passed.
/// </summary>
public sealed partial class TemplateCorpusTests(ITestOutputHelper output)
{
    [NeedsToolFact("pandoc")]
    public void The_sample_deck_builds_on_pandocs_reference()
    {
        var template = TemplateFiles.Pandoc;
        Assert.NotNull(template);
        var pdfs = BuildAll([("pandoc-reference", template)]);
        if (TemplateFiles.OnPath("soffice"))
        {
            CheckPages(pdfs);
        }
        else
        {
            output.WriteLine("soffice is not installed: page counts not checked");
        }
    }

    [NeedsLibreOfficeTemplatesFact]
    public void The_sample_deck_builds_on_every_LibreOffice_template()
    {
        var files = TemplateFiles.LibreOffice;
        Assert.NotEmpty(files);
        CheckPages(BuildAll(files.Select(f => ("libreoffice-" + Path.GetFileNameWithoutExtension(f), File.ReadAllBytes(f))).ToList()));
    }

    /// <summary>Builds the sample deck on each template, checks each package; returns the built files and their slide counts.</summary>
    private List<(string Pptx, int Slides)> BuildAll(IReadOnlyList<(string Name, byte[] Data)> templates)
    {
        var built = new List<(string, int)>();
        var failures = new List<string>();
        var sample = File.ReadAllText(RepoPaths.File("deck.yaml"));
        var slidesAt = sample.IndexOf("\nslides:", StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("keynote-corpus-").FullName;
        CopyFolder(RepoPaths.File("assets"), Path.Combine(folder, "assets"));
        foreach (var (name, data) in templates)
        {
            try
            {
                File.WriteAllBytes(Path.Combine(folder, name + ".pptx"), data);
                var deck = Path.Combine(folder, name + ".yaml");
                File.WriteAllText(deck, $"title: KVM Forum 2014 - Keynote\ntemplate: {name}.pptx\nfooter: KVM Forum 2014\nslide-numbers: true{sample[slidesAt..]}");
                var model = new TemplateReader().Read(name + ".pptx", data).Model!;
                TemplateOutputCheck.MatchesSnapshot(name, TemplateOutputCheck.Resolution(model));

                using var build = new TestBuild();
                var pptx = Path.Combine(folder, name + "-out.pptx");
                Assert.True(build.Build(deck, pptx) == 0, build.Stderr);
                var layouts = TemplateOutputCheck.ResolvedLayouts(deck);
                TemplateOutputCheck.Check(pptx, data, layouts);
                built.Add((pptx, layouts.Count));
                output.WriteLine($"{name}: {layouts.Count} slides; {build.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} warnings");
            }
            catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
            {
                failures.Add($"{name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        return built;
    }

    /// <summary>LibreOffice opens every built deck and draws a page for each slide (one soffice run for all).</summary>
    private static void CheckPages(List<(string Pptx, int Slides)> built)
    {
        var folder = Path.GetDirectoryName(built[0].Pptx)!;
        TemplateFiles.LibreOfficeConvert(built.Select(b => b.Pptx), "pdf", folder);
        var wrong = built.Select(b => (b.Pptx, b.Slides, Pages: Pages(Path.ChangeExtension(b.Pptx, ".pdf"))))
            .Where(b => b.Pages != b.Slides).Select(b => $"{Path.GetFileName(b.Pptx)}: {b.Pages} pages for {b.Slides} slides").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static int Pages(string pdf) =>
        File.Exists(pdf) ? PageObject().Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf))).Count : 0;

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}

/// <summary>A fact skipped, and saying so, when a tool is not on the PATH.</summary>
public sealed class NeedsToolFactAttribute : FactAttribute
{
    public NeedsToolFactAttribute(string tool)
    {
        if (!TemplateFiles.OnPath(tool))
        {
            Skip = $"{tool} is not installed";
        }
    }
}

/// <summary>A fact skipped, and saying so, without soffice or LibreOffice's Impress templates.</summary>
public sealed class NeedsLibreOfficeTemplatesFactAttribute : FactAttribute
{
    public NeedsLibreOfficeTemplatesFactAttribute()
    {
        if (!TemplateFiles.OnPath("soffice") || TemplateFiles.LibreOfficeTemplateFolder is null)
        {
            Skip = "soffice or LibreOffice's Impress templates (share/template/common/presnt) are not installed";
        }
    }
}
