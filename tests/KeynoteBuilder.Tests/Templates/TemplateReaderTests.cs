using System.IO.Compression;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Pptx.TemplateInput;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Tests.Templates;

/// <summary>
/// A template is a file from elsewhere: each way it can be broken or hostile is one problem with a code
/// and a message naming what is wrong, never an exception.
/// </summary>
public sealed class TemplateReaderTests
{
    private const string Master = "ppt/slideMasters/slideMaster1.xml";
    private const string MasterRels = "ppt/slideMasters/_rels/slideMaster1.xml.rels";
    private const string Layout = "ppt/slideLayouts/slideLayout1.xml";

    [Fact]
    public void Our_own_package_reads_with_its_master_layouts_and_size()
    {
        var model = Read("own.pptx", TemplateFiles.Own).Model!;
        Assert.Equal((960.0, 540.0), (model.Width, model.Height));
        var master = Assert.Single(model.Masters);
        Assert.Equal(["Title Slide", "Title and Content", "Section Header", "Two Content", "Comparison", "Title Only", "Blank", "Picture with Caption", "Statement"], master.Layouts.Select(l => l.Name));
        Assert.True(model.HasNotesMaster);
        var body = master.Layouts.Single(l => l.Name == "Title and Content").Placeholders.Single(p => p.IsBody);
        Assert.Equal(1, body.Index);
        Assert.True(body.Box.Width > 800, $"body box {body.Box}");
    }

    public static TheoryData<string, string, string> Hostile() => new()
    {
        { "not-a-zip", Codes.TemplateNotAPackage, "not a zip package" },
        { "encrypted", Codes.TemplateNotAPackage, "password-protected" },
        { "lfs-pointer", Codes.TemplateNotAPackage, "Git LFS pointer" },
        { "empty", Codes.TemplateNotAPackage, "it is empty" },
        { "cut-short", Codes.TemplateNotAPackage, "damaged" },
        { "macro-name", Codes.TemplateWithMacros, "macro-enabled" },
        { "macro-content-type", Codes.TemplateWithMacros, "macro-enabled" },
        { "not-a-presentation", Codes.TemplateNotAPackage, "not a presentation" },
        { "no-content-types", Codes.TemplateMissingPart, "[Content_Types].xml" },
        { "zip-bomb", Codes.TemplateTooLarge, "zip bomb" },
        { "huge-part", Codes.TemplateTooLarge, "over the cap" },
        { "too-many-entries", Codes.TemplateTooLarge, "entries, over the cap" },
        { "dot-dot-entry", Codes.TemplateBadEntryName, "'..'" },
        { "absolute-entry", Codes.TemplateBadEntryName, "from outside the package" },
        { "case-twins", Codes.TemplateBadEntryName, "two entries named" },
        { "relationship-outside", Codes.TemplateBadEntryName, "points outside the package" },
        { "external-image", Codes.TemplateExternalTarget, "http://tracker.example/pixel.png" },
        { "dtd", Codes.TemplateBadXml, "slideMaster1.xml" },
        { "malformed-master", Codes.TemplateBadXml, "slideMaster1.xml' is not well-formed XML (line " },
        { "missing-layout", Codes.TemplateMissingPart, "slideLayout1.xml' is missing" },
        { "layout-without-master", Codes.TemplateMissingPart, "has no relationship to its slide master" },
        { "no-master", Codes.TemplateMissingPart, "no slide master" },
        { "master-without-layouts", Codes.TemplateMissingPart, "has no layouts" },
        { "no-slide-size", Codes.TemplateMissingPart, "no slide size" },
        { "absurd-slide-size", Codes.TemplateMissingPart, "not a size a slide can have" },
        { "no-theme", Codes.TemplateMissingPart, "'ppt/theme/theme1.xml' is related to as two different kinds of part" },
        { "huge-image", Codes.TemplateHugeImage, "30,000 x 30,000 pixels" },
        { "no-content-type", Codes.TemplateMissingPart, "has no content type" },
        { "master-typed-as-xml", Codes.TemplateBadXml, "'ppt/slideMasters/slideMaster1.xml' is related to as a slideMaster but typed 'application/xml'" },
        { "bad-content-type", Codes.TemplateBadXml, "'application/vnd.openxmlformats-officedocument.the me+xml' is not a content type" },
        { "presentation-theme-damaged-type", Codes.TemplateMissingPart, "'ppt/theme/theme1.xml' is related to as two different kinds of part" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_template_is_one_problem_with_its_code(string kind, string code, string says)
    {
        var (name, data) = Make(kind);
        // A part over the cap is shown with a 1 MiB cap: a 64 MiB entry takes half a minute to zip.
        var result = kind == "huge-part"
            ? new TemplateReader(PackageLimits.Default with { MaxPartBytes = 1 << 20 }).Read(name, data)
            : Read(name, data);
        Assert.Null(result.Model);
        Assert.Equal(code, result.Code);
        Assert.Contains(says, result.Problem, StringComparison.Ordinal);
    }

    /// <summary>Each hostile template, made from our own package.</summary>
    public static (string Name, byte[] Data) Make(string kind)
    {
        var own = TemplateFiles.Own;
        byte[] Edit(string part, Func<string, string> edit) => TemplateFiles.Replace(own, part, edit);
        byte[] Drop(string part) => TemplateFiles.Rezip(own, (name, data) => name == part ? null : data);
        byte[] Add(string name, byte[] data, CompressionLevel level = CompressionLevel.Fastest) => TemplateFiles.Rezip(own, (_, d) => d, [(name, data)], level);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 6, 0, 0, 0 };
        return kind switch
        {
            "not-a-zip" => ("t.pptx", "hello"u8.ToArray()),
            "encrypted" => ("t.pptx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            "lfs-pointer" => ("t.pptx", "version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 1\n"u8.ToArray()),
            "empty" => ("t.pptx", []),
            "cut-short" => ("t.pptx", own[..(own.Length / 2)]),
            "macro-name" => ("t.pptm", own),
            "macro-content-type" => ("t.pptx", Edit("[Content_Types].xml", x => x.Replace("presentation.main+xml", "slideshow.macroEnabled.main+xml", StringComparison.Ordinal))),
            "not-a-presentation" => ("t.pptx", Edit("[Content_Types].xml", x => x.Replace("presentationml.presentation.main+xml", "wordprocessingml.document.main+xml", StringComparison.Ordinal))),
            "no-content-types" => ("t.pptx", Drop("[Content_Types].xml")),
            "zip-bomb" => ("t.pptx", Add("ppt/media/zeros.bin", new byte[8 << 20], CompressionLevel.SmallestSize)),
            "huge-part" => ("t.pptx", Add("ppt/media/big.bin", new byte[2 << 20], CompressionLevel.NoCompression)),
            "too-many-entries" => ("t.pptx", TemplateFiles.Rezip(own, (_, d) => d, Enumerable.Range(0, 10_001).Select(i => ($"x/{i}", Array.Empty<byte>())))),
            "dot-dot-entry" => ("t.pptx", Add("ppt/../../evil.txt", [1])),
            "absolute-entry" => ("t.pptx", Add("/etc/evil.txt", [1])),
            "case-twins" => ("t.pptx", Add("PPT/presentation.xml", [1])),
            "relationship-outside" => ("t.pptx", Edit(MasterRels, x => x.Replace("/ppt/theme/theme1.xml", "../../../../etc/passwd", StringComparison.Ordinal))),
            "external-image" => ("t.pptx", Edit(MasterRels, x => x.Replace("</Relationships>",
                "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"http://tracker.example/pixel.png\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal))),
            "dtd" => ("t.pptx", Edit(Master, x => x.Replace("?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal))),
            "malformed-master" => ("t.pptx", Edit(Master, x => x[..(x.Length / 2)])),
            "master-typed-as-xml" => ("t.pptx", Edit("[Content_Types].xml", x => x.Replace("/ppt/slideMasters/slideMaster1.xml", "/ppt/slideMasters/slideMastar1.xml", StringComparison.Ordinal))),
            "bad-content-type" => ("t.pptx", Edit("[Content_Types].xml", x => x.Replace("officedocument.theme+xml", "officedocument.the me+xml", StringComparison.Ordinal))),
            "missing-layout" => ("t.pptx", Drop(Layout)),
            "layout-without-master" => ("t.pptx", Drop("ppt/slideLayouts/_rels/slideLayout1.xml.rels")),
            "no-master" => ("t.pptx", Edit("ppt/presentation.xml", x => Cut(x, "<p:sldMasterIdLst>", "</p:sldMasterIdLst>"))),
            "master-without-layouts" => ("t.pptx", TemplateFiles.Replace(
                Edit(Master, x => Cut(x, "<p:sldLayoutIdLst>", "</p:sldLayoutIdLst>")), MasterRels, x => x.Replace("relationships/slideLayout\"", "relationships/tags\"", StringComparison.Ordinal))),
            "no-slide-size" => ("t.pptx", Edit("ppt/presentation.xml", x => Cut(x, "<p:sldSz", "/>"))),
            "absurd-slide-size" => ("t.pptx", Edit("ppt/presentation.xml", x => x.Replace("<p:sldSz cx=\"12192000\"", "<p:sldSz cx=\"-5\"", StringComparison.Ordinal))),
            // A flipped bit in the presentation's relationship to the theme the master also relates to (template fuzz, seed 77).
            "presentation-theme-damaged-type" => ("t.pptx", Edit("ppt/_rels/presentation.xml.rels", x => x.Replace("officeDocument/2006/relationships/theme\"", "ofbiceDocument/2006/relationships/theme\"", StringComparison.Ordinal))),
            "no-theme" => ("t.pptx", Edit(MasterRels, x => x.Replace("relationships/theme\"", "relationships/themeOverride\"", StringComparison.Ordinal))),
            "huge-image" => ("t.pptx", TemplateFiles.Rezip(Edit(MasterRels, x => x.Replace("</Relationships>",
                "<Relationship Id=\"rId98\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"../media/huge.png\"/></Relationships>", StringComparison.Ordinal)),
                (_, d) => d, [("ppt/media/huge.png", png)])),
            "no-content-type" => ("t.pptx", Edit("[Content_Types].xml", x => x
                .Replace("<Override PartName=\"/ppt/theme/theme1.xml\"", "<Override PartName=\"/ppt/theme/elsewhere.xml\"", StringComparison.Ordinal)
                .Replace("Extension=\"xml\"", "Extension=\"xmlx\"", StringComparison.Ordinal))),
            _ => throw new ArgumentException(kind),
        };
    }

    private static string Cut(string xml, string from, string to)
    {
        var start = xml.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not in the part");
        var end = xml.IndexOf(to, start, StringComparison.Ordinal) + to.Length;
        return xml[..start] + xml[end..];
    }

    private static TemplateReadResult Read(string name, byte[] data) => new TemplateReader().Read(name, data);

    [Fact]
    public void Every_hostile_kind_has_a_test_of_its_own_code()
    {
        var tested = Hostile().Select(row => (string)row[1]).ToHashSet();
        foreach (var code in new[] { Codes.TemplateNotAPackage, Codes.TemplateWithMacros, Codes.TemplateTooLarge, Codes.TemplateBadEntryName, Codes.TemplateExternalTarget, Codes.TemplateBadXml, Codes.TemplateMissingPart, Codes.TemplateHugeImage })
        {
            Assert.Contains(code, tested);
        }
    }
}
