using System.Security;

namespace KeynoteBuilder.Pptx;

/// <summary>A notes page: the slide image and the speaker notes, one paragraph per line.</summary>
internal static class NotesXml
{
    public static string Write(string notes)
    {
        var paragraphs = string.Concat(notes.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n')
            .Select(line => line.Length == 0
                ? "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>"
                : $"<a:p><a:r><a:rPr lang=\"en-US\" dirty=\"0\"/><a:t>{SecurityElement.Escape(XmlText.Clean(line))}</a:t></a:r></a:p>"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + $"<p:notes xmlns:a=\"{Ns.A}\" xmlns:r=\"{Ns.R}\" xmlns:p=\"{Ns.P}\"><p:cSld><p:spTree>"
            + "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"3\"/></p:nvPr></p:nvSpPr><p:spPr/>"
            + $"<p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>";
    }
}
