using System.IO.Compression;
using System.Xml.Linq;
using KeynoteBuilder.Pptx.TemplateInput;
using KeynoteBuilder.Templates;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// What every deck built on a template must be: valid (OpenXmlValidator, one master), every internal
/// relationship's target present, every part typed, none of the template's slides carried, the chosen
/// master's layouts and theme there byte for byte, and each slide on the layout the resolution names.
/// </summary>
public static class TemplateOutputCheck
{
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static void Check(string output, byte[] template, IReadOnlyList<string> expectedLayouts, string? masterName = null)
    {
        PackageCheck.Validate(output);
        var bytes = File.ReadAllBytes(output);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(names.Count, zip.Entries.Count);
        NoDanglingRelationships(zip, names);
        EveryPartTyped(zip, names);

        var slides = names.Count(n => n.StartsWith("ppt/slides/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Equal(expectedLayouts.Count, slides);

        // The output read as a template has the template's master: its layouts, sizes and fonts.
        var before = new TemplateReader().Read("template.pptx", template).Model!;
        var after = new TemplateReader().Read("output.pptx", bytes).Model!;
        var master = masterName is null ? before.Masters[0] : before.Masters.Single(m => m.Name == masterName);
        var kept = Assert.Single(after.Masters);
        Assert.Equal((before.Width, before.Height), (after.Width, after.Height));
        Assert.Equal(master.Layouts.Select(l => (l.Name, l.Type, l.Part)), kept.Layouts.Select(l => (l.Name, l.Type, l.Part)));
        Assert.Equal(master.Fonts, kept.Fonts);
        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        foreach (var part in new[] { master.Part }.Concat(master.Layouts.Select(l => l.Part)))
        {
            Assert.True(Bytes(source, part).AsSpan().SequenceEqual(Bytes(zip, part)), $"{part} is not the template's, byte for byte");
        }

        Assert.Equal(expectedLayouts, DeckDump.Read(output).Select(s => s.Layout));
    }

    /// <summary>The layout name each slide of <paramref name="deckPath"/> resolves to on its template, after steps expand.</summary>
    public static IReadOnlyList<string> ResolvedLayouts(string deckPath)
    {
        var diagnostics = new KeynoteBuilder.Diagnostics.DiagnosticBag();
        var document = KeynoteBuilder.Syntax.YamlLoader.Load(Path.GetFileName(deckPath), File.ReadAllBytes(deckPath), diagnostics)!;
        var files = new KeynoteBuilder.Binding.DeckFiles(Path.GetDirectoryName(deckPath)!);
        var deck = KeynoteBuilder.Binding.DeckBinder.Bind(new KeynoteBuilder.Binding.BindContext(document, files, diagnostics) { Templates = new TemplateReader() })!;
        var slides = KeynoteBuilder.Steps.StepExpander.Expand(deck.Slides, 2000, diagnostics)!;
        return slides.Select(s => deck.Template!.Layouts[LayoutRoles.Of(s)].Layout.Name).ToList();
    }

    /// <summary>The role → layout table of a template's first master, as the snapshots hold it.</summary>
    public static string Resolution(TemplateModel model) =>
        string.Join("\n", LayoutResolver.Resolve(model.Masters[0]).Values.OrderBy(r => r.Role).Select(r => $"{LayoutRoles.NameOf(r.Role)} -> '{r.Layout.Name}' ({r.How})")) + "\n";

    /// <summary>Compares a snapshot in tests/templates/resolution, or writes it under UPDATE_GOLDEN=1.</summary>
    public static void MatchesSnapshot(string name, string actual)
    {
        var path = RepoPaths.File("tests", "templates", "resolution", name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with UPDATE_GOLDEN=1 to create it, then review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static void NoDanglingRelationships(ZipArchive zip, HashSet<string> names)
    {
        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var folder = rels.FullName.Replace("_rels/", "", StringComparison.Ordinal);
            folder = folder[..(folder.LastIndexOf('/') + 1)];
            using var stream = rels.Open();
            foreach (var rel in XDocument.Load(stream).Root!.Elements(Rels + "Relationship").Where(r => (string?)r.Attribute("TargetMode") != "External"))
            {
                var target = (string)rel.Attribute("Target")!;
                var resolved = target.StartsWith('/') ? target[1..] : Normalise(folder + target);
                Assert.True(names.Contains(resolved), $"{rels.FullName}: relationship {(string?)rel.Attribute("Id")} points to '{resolved}', which is not in the package");
            }
        }
    }

    private static void EveryPartTyped(ZipArchive zip, HashSet<string> names)
    {
        using var stream = zip.GetEntry("[Content_Types].xml")!.Open();
        var types = XDocument.Load(stream).Root!;
        var defaults = types.Elements(Types + "Default").Select(d => ((string)d.Attribute("Extension")!).ToLowerInvariant()).ToHashSet();
        var overrides = types.Elements(Types + "Override").Select(o => ((string)o.Attribute("PartName")!)[1..]).ToList();
        Assert.Equal(overrides.Count, overrides.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(overrides, o => Assert.Contains(o, names));
        foreach (var name in names.Where(n => n != "[Content_Types].xml"))
        {
            Assert.True(overrides.Contains(name) || defaults.Contains(Path.GetExtension(name).TrimStart('.').ToLowerInvariant()), $"{name} has no content type");
        }
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private static byte[] Bytes(ZipArchive zip, string part)
    {
        using var stream = zip.GetEntry(part)!.Open();
        var data = new MemoryStream();
        stream.CopyTo(data);
        return data.ToArray();
    }
}
