using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// The template files the tpl-* cases in tests/cases use, made from <see cref="TemplateReaderTests.Make"/>.
/// They are kept as made (a change to the writer need not change them); to make them again:
/// UPDATE_GOLDEN=1 dotnet test --filter TemplateCaseAssets.
/// </summary>
public sealed class TemplateCaseAssets
{
    public static TheoryData<string, string> Assets() => new()
    {
        { "tpl-own.pptx", "own" },
        { "tpl-no-statement.pptx", "no-statement" },
        { "tpl-not-a-zip.pptx", "not-a-zip" },
        { "tpl-macros.pptm", "macro-name" },
        { "tpl-zip-bomb.pptx", "zip-bomb" },
        { "tpl-dot-dot-entry.pptx", "dot-dot-entry" },
        { "tpl-external-image.pptx", "external-image" },
        { "tpl-malformed-master.pptx", "malformed-master" },
        { "tpl-missing-layout.pptx", "missing-layout" },
        { "tpl-huge-image.pptx", "huge-image" },
    };

    [Theory]
    [MemberData(nameof(Assets))]
    public void Case_template_exists(string file, string kind)
    {
        var path = RepoPaths.File("tests", "cases", "assets", file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, kind switch
            {
                "own" => TemplateFiles.Own,
                "no-statement" => TemplateFiles.Replace(TemplateFiles.Own, "ppt/slideLayouts/slideLayout4.xml",
                    x => x.Replace("type=\"titleOnly\"", "type=\"cust\"", StringComparison.Ordinal).Replace("name=\"Statement\"", "name=\"Zitat\"", StringComparison.Ordinal)),
                _ => TemplateReaderTests.Make(kind).Data,
            });
        }

        Assert.True(File.Exists(path), $"{file} is missing; make it with UPDATE_GOLDEN=1 dotnet test --filter TemplateCaseAssets");
    }
}
