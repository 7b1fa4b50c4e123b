using System.Text;
using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;

namespace KeynoteBuilder.Tests.TemplateLooks;

/// <summary>
/// Templates for the tplmore-* cases and tests, made from <see cref="TemplateFiles.Own"/>: one with an extra
/// layout, "Agenda", that none of our layouts resolves to, whose two content placeholders are listed in the
/// opposite order to where they sit. Kept in tests/cases/assets as made; to make them again:
/// UPDATE_GOLDEN=1 dotnet test --filter TplmoreTemplates.
/// </summary>
public sealed class TplmoreTemplates
{
    public const string AgendaLayoutPart = "ppt/slideLayouts/slideLayout90.xml";

    /// <summary>"Agenda": a title, then the lower right placeholder (idx 11), then the upper left one (idx 10): the body belongs in idx 10.</summary>
    private static readonly string AgendaLayout =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<p:sldLayout xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" type=\"cust\" preserve=\"1\">"
        + "<p:cSld name=\"Agenda\"><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
        + Placeholder(2, "Title", "<p:ph type=\"title\"/>", 685800, 330200, 10820400, 889000)
        + Placeholder(3, "Later", "<p:ph idx=\"11\"/>", 6400800, 4114800, 5105400, 2057400)
        + Placeholder(4, "Points", "<p:ph idx=\"10\"/>", 685800, 1473200, 5105400, 2514600)
        + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";

    private const string LayoutRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster\" Target=\"/ppt/slideMasters/slideMaster1.xml\"/></Relationships>";

    private static readonly Lazy<byte[]> AgendaBytes = new(MakeAgenda);

    /// <summary>The own template with the "Agenda" layout added to its master.</summary>
    public static byte[] Agenda => AgendaBytes.Value;

    public static TheoryData<string> Assets() => new() { "tplmore-agenda.pptx" };

    [Theory]
    [MemberData(nameof(Assets))]
    public void Case_template_exists(string file)
    {
        var path = RepoPaths.File("tests", "cases", "assets", file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, Agenda);
        }

        Assert.True(File.Exists(path), $"{file} is missing; make it with UPDATE_GOLDEN=1 dotnet test --filter TplmoreTemplates");
    }

    private static string Placeholder(int id, string name, string ph, long x, long y, long cx, long cy) =>
        $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>"
        + $"<p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm></p:spPr>"
        + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>";

    private static byte[] MakeAgenda()
    {
        static string Text(byte[] data) => Encoding.UTF8.GetString(data);
        return TemplateFiles.Rezip(TemplateFiles.Own, (name, data) => name switch
        {
            "[Content_Types].xml" => Encoding.UTF8.GetBytes(Text(data).Replace("</Types>",
                $"<Override PartName=\"/{AgendaLayoutPart}\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml\"/></Types>", StringComparison.Ordinal)),
            "ppt/slideMasters/_rels/slideMaster1.xml.rels" => Encoding.UTF8.GetBytes(Text(data).Replace("</Relationships>",
                $"<Relationship Id=\"rIdAgenda\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout\" Target=\"/{AgendaLayoutPart}\"/></Relationships>", StringComparison.Ordinal)),
            "ppt/slideMasters/slideMaster1.xml" => Encoding.UTF8.GetBytes(Text(data).Replace("</p:sldLayoutIdLst>",
                "<p:sldLayoutId id=\"2147483700\" r:id=\"rIdAgenda\"/></p:sldLayoutIdLst>", StringComparison.Ordinal)),
            _ => data,
        }, [(AgendaLayoutPart, Encoding.UTF8.GetBytes(AgendaLayout)), ("ppt/slideLayouts/_rels/slideLayout90.xml.rels", Encoding.UTF8.GetBytes(LayoutRels))]);
    }
}
