using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// The template files the tplstyle-* cases in tests/cases use: KeynoteBuilder's own package as a template
/// (<see cref="TemplateFiles.Own"/>) with one thing changed, as real templates have it. Kept as made; to make
/// them again: UPDATE_GOLDEN=1 dotnet test --filter TemplateStyleCaseAssets.
/// </summary>
public sealed class TemplateStyleCaseAssets
{
    private const string Master = "ppt/slideMasters/slideMaster1.xml";

    public static TheoryData<string> Assets() => ["tplstyle-no-text-styles.pptx", "tplstyle-shared-idx.pptx", "tplstyle-verdana.pptx", "tplstyle-own.pptx"];

    [Theory]
    [MemberData(nameof(Assets))]
    public void Case_template_exists(string file)
    {
        var path = RepoPaths.File("tests", "cases", "assets", file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, Make(file));
        }

        Assert.True(File.Exists(path), $"{file} is missing; make it with UPDATE_GOLDEN=1 dotnet test --filter TemplateStyleCaseAssets");
    }

    private static byte[] Make(string file) => file switch
    {
        // LibreOffice's exports: no p:txStyles in the master.
        "tplstyle-no-text-styles.pptx" => TemplateFiles.Replace(TemplateFiles.Own, Master, x => Cut(x, "<p:txStyles>", "</p:txStyles>")),

        // The content layout's body without an idx: it shares 0 with the title.
        "tplstyle-shared-idx.pptx" => TemplateFiles.Replace(TemplateFiles.Own, LayoutNamed("Title and Content"), x => x.Replace("<p:ph idx=\"1\"/>", "<p:ph/>", StringComparison.Ordinal)),

        // A theme in a face KeynoteBuilder has no metrics for.
        "tplstyle-verdana.pptx" => TemplateFiles.Replace(TemplateFiles.Own, "ppt/theme/theme1.xml", x => x.Replace("typeface=\"Arial\"", "typeface=\"Verdana\"", StringComparison.Ordinal)),
        _ => TemplateFiles.Own,
    };

    private static string LayoutNamed(string name)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(TemplateFiles.Own));
        return zip.Entries.Single(e => e.FullName.StartsWith("ppt/slideLayouts/slideLayout", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)
            && new StreamReader(e.Open()).ReadToEnd().Contains($"<p:cSld name=\"{name}\"", StringComparison.Ordinal)).FullName;
    }

    private static string Cut(string xml, string from, string to)
    {
        var start = xml.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not in the part");
        var end = xml.IndexOf(to, start, StringComparison.Ordinal) + to.Length;
        return xml[..start] + xml[end..];
    }
}
