using System.Globalization;
using System.Text;
using System.Xml;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Pptx;

/// <summary>Writes one slide's XML (p:sld) from its laid-out shapes; ids come from a counter in document order.</summary>
internal sealed class SlideXml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    private readonly XmlWriter _xml;
    private readonly Theme _theme;
    private readonly TextXml _text;
    private readonly SlideRelationships _rels;
    private readonly Func<TextRole, string?>? _placeholders;
    private int _nextId = 2;

    private SlideXml(XmlWriter xml, Theme theme, SlideRelationships rels, Func<TextRole, string?>? placeholders)
    {
        (_xml, _theme, _rels, _placeholders) = (xml, theme, rels, placeholders);
        _text = new TextXml(xml, theme, rels);
    }

    /// <summary>Writes the slide's XML to <paramref name="output"/> (its part in the package).</summary>
    /// <param name="placeholders">On a speaker's template, the <c>p:ph</c> of each text role on this slide's layout (null: a plain text box).</param>
    public static void Write(LaidOutSlide slide, Theme theme, SlideRelationships rels, Stream output, Func<TextRole, string?>? placeholders = null)
    {
        using var xml = XmlWriter.Create(output, Settings);
        new SlideXml(xml, theme, rels, placeholders).WriteSlide(slide);
    }

    private void WriteSlide(LaidOutSlide slide)
    {
        _xml.WriteStartDocument(standalone: true);
        _xml.WriteStartElement("p", "sld", Ns.P);
        _xml.WriteAttributeString("xmlns", "a", null, Ns.A);
        _xml.WriteAttributeString("xmlns", "r", null, Ns.R);
        _xml.WriteStartElement("p", "cSld", Ns.P);
        _xml.WriteStartElement("p", "spTree", Ns.P);
        _xml.WriteRaw("<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>");
        foreach (var shape in slide.Shapes)
        {
            switch (shape)
            {
                case TextShape text: Text(text); break;
                case TableShape table: new TableXml(_xml, _text, _theme).Write(table, _nextId++); break;
                case PictureShape picture: Picture(picture); break;
                case RuleShape rule: Rule(rule); break;
                default: throw new InvalidOperationException($"the writer cannot write a {shape.GetType().Name}; the chart pass must run first");
            }
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteRaw("<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>");
        _xml.WriteEndElement();
    }

    private void Text(TextShape shape)
    {
        _xml.WriteStartElement("p", "sp", Ns.P);
        _xml.WriteStartElement("p", "nvSpPr", Ns.P);
        NonVisual(shape.Name, null);
        var placeholder = _placeholders is not null ? _placeholders(shape.Role) : shape.Role switch
        {
            TextRole.Title => "<p:ph type=\"title\"/>",
            TextRole.CenterTitle => "<p:ph type=\"ctrTitle\"/>",
            TextRole.Subtitle => "<p:ph type=\"subTitle\" idx=\"1\"/>",
            TextRole.Body => "<p:ph idx=\"1\"/>",
            _ => null,
        };
        _xml.WriteRaw(placeholder is null
            ? "<p:cNvSpPr txBox=\"1\"/><p:nvPr/>"
            : $"<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{placeholder}</p:nvPr>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        Transform(shape.Box);
        _xml.WriteRaw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "txBody", Ns.P);
        _text.BodyProperties(shape.Anchor);
        foreach (var paragraph in shape.Paragraphs)
        {
            _text.Paragraph(paragraph);
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Picture(PictureShape shape)
    {
        var png = _rels.AddImage(shape.Data, shape.ContentType);
        var svg = shape.Svg is null ? null : _rels.AddImage(shape.Svg, "image/svg+xml");
        _xml.WriteStartElement("p", "pic", Ns.P);
        _xml.WriteStartElement("p", "nvPicPr", Ns.P);
        NonVisual(shape.Name, shape.AltText);
        _xml.WriteRaw("<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "blipFill", Ns.P);
        _xml.WriteStartElement("a", "blip", Ns.A);
        _xml.WriteAttributeString("r", "embed", Ns.R, png);
        if (svg is not null)
        {
            _xml.WriteRaw($"<a:extLst><a:ext uri=\"{Ns.SvgBlipExtension}\"><asvg:svgBlip xmlns:asvg=\"{Ns.Svg}\" r:embed=\"{svg}\"/></a:ext></a:extLst>");
        }

        _xml.WriteEndElement();
        _xml.WriteRaw("<a:stretch><a:fillRect/></a:stretch>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        Transform(shape.Box, shape.Turn);
        _xml.WriteRaw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Rule(RuleShape shape)
    {
        _xml.WriteStartElement("p", "sp", Ns.P);
        _xml.WriteStartElement("p", "nvSpPr", Ns.P);
        NonVisual(shape.Name, null);
        _xml.WriteRaw("<p:cNvSpPr/><p:nvPr/>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        Transform(shape.Box);
        _xml.WriteRaw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
        _xml.WriteStartElement("a", "solidFill", Ns.A);
        _text.Color(shape.Color);
        _xml.WriteEndElement();
        _xml.WriteRaw("<a:ln><a:noFill/></a:ln>");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void NonVisual(string name, string? description)
    {
        _xml.WriteStartElement("p", "cNvPr", Ns.P);
        _xml.WriteAttributeString("id", (_nextId++).ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("name", XmlText.Clean(name));
        if (description is not null)
        {
            _xml.WriteAttributeString("descr", XmlText.Clean(description));
        }

        _xml.WriteEndElement();
    }

    private void Transform(Box box, PictureTurn turn = default)
    {
        var rotation = turn.Degrees == 0 ? "" : FormattableString.Invariant($" rot=\"{turn.Degrees * 60000}\"");
        var flips = (turn.FlipHorizontal ? " flipH=\"1\"" : "") + (turn.FlipVertical ? " flipV=\"1\"" : "");
        _xml.WriteRaw(FormattableString.Invariant(
            $"<a:xfrm{rotation}{flips}><a:off x=\"{Emu.FromPoints(box.X)}\" y=\"{Emu.FromPoints(box.Y)}\"/><a:ext cx=\"{Emu.FromPoints(box.Width)}\" cy=\"{Emu.FromPoints(box.Height)}\"/></a:xfrm>"));
    }
}
