using System.Globalization;
using System.Xml;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Pptx;

/// <summary>Writes paragraphs and runs (a:p, a:r) with explicit sizes, colours and bullets.</summary>
internal sealed class TextXml(XmlWriter xml, Theme theme, SlideRelationships rels)
{
    /// <summary>Code spans use Courier New (Liberation Mono where it is missing: same metrics).</summary>
    private const string CodeFont = "Courier New";

    /// <summary>Line feed, carriage return, next line, line and paragraph separators.</summary>
    private static readonly char[] LineBreaks = ['\n', '\r', '\u0085', '\u2028', '\u2029'];

    /// <summary>Whether a right-to-left paragraph was written in this text body: the ones after it then say they are left to right.</summary>
    private bool _rightToLeftAbove;

    public void BodyProperties(VerticalAnchor anchor, bool wrap = true)
    {
        _rightToLeftAbove = false;
        xml.WriteStartElement("a", "bodyPr", Ns.A);
        xml.WriteAttributeString("wrap", wrap ? "square" : "none");
        Attr("lIns", Emu.FromPoints(TextGeometry.InsetX));
        Attr("tIns", Emu.FromPoints(TextGeometry.InsetY));
        Attr("rIns", Emu.FromPoints(TextGeometry.InsetX));
        Attr("bIns", Emu.FromPoints(TextGeometry.InsetY));
        xml.WriteAttributeString("rtlCol", "0");
        xml.WriteAttributeString("anchor", anchor switch { VerticalAnchor.Middle => "ctr", VerticalAnchor.Bottom => "b", _ => "t" });
        xml.WriteStartElement("a", "noAutofit", Ns.A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "lstStyle", Ns.A);
        xml.WriteEndElement();
    }

    /// <summary>Writes a paragraph set on <paramref name="behind"/> (the slide background when null).</summary>
    public void Paragraph(Paragraph p, string? behind = null)
    {
        xml.WriteStartElement("a", "p", Ns.A);
        xml.WriteStartElement("a", "pPr", Ns.A);
        var top = p.Size / TextGeometry.LevelScale(p.Level);
        Attr("marL", p.Bullet ? Emu.FromPoints(TextGeometry.BulletMargin(p.Level, top)) : 0);
        Attr("indent", p.Bullet ? -Emu.FromPoints(1.1 * top) : 0);
        xml.WriteAttributeString("lvl", p.Level.ToString(CultureInfo.InvariantCulture));
        // A right-to-left paragraph starts at the right: the layout's start alignment (Left) is written as "r".
        var rightToLeft = ScriptSlots.IsRightToLeft(p.Runs);
        xml.WriteAttributeString("algn", p.Align switch { TextAlign.Center => "ctr", TextAlign.Right => "r", TextAlign.Left when rightToLeft => "r", _ => "l" });
        if (rightToLeft || _rightToLeftAbove)
        {
            // LibreOffice carries a paragraph's direction on to the next ones that do not state theirs.
            xml.WriteAttributeString("rtl", rightToLeft ? "1" : "0");
        }

        _rightToLeftAbove |= rightToLeft;

        if (p.ExactLineSpacing > 0)
        {
            xml.WriteStartElement("a", "lnSpc", Ns.A);
            xml.WriteStartElement("a", "spcPts", Ns.A);
            Attr("val", Emu.FontSize(p.ExactLineSpacing));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        else
        {
            Percent("lnSpc", 100_000);
        }

        xml.WriteStartElement("a", "spcBef", Ns.A);
        xml.WriteStartElement("a", "spcPts", Ns.A);
        Attr("val", Emu.FontSize(p.SpaceBefore));
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (p.Bullet)
        {
            xml.WriteStartElement("a", "buClr", Ns.A);
            Color(TextLook.BulletColor(theme, p.Level));
            xml.WriteEndElement();
            xml.WriteStartElement("a", "buFont", Ns.A);
            xml.WriteAttributeString("typeface", "Arial");
            xml.WriteEndElement();
            xml.WriteStartElement("a", "buChar", Ns.A);
            xml.WriteAttributeString("char", TextLook.BulletChar(p.Level));
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteStartElement("a", "buNone", Ns.A);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        var context = string.Concat(p.Runs.Select(r => r.Text));
        foreach (var run in p.Runs.Where(r => r.Text.Length > 0))
        {
            Run(run, p.Size, p.Color, p.Bold, behind ?? theme.Background, context);
        }

        xml.WriteStartElement("a", "endParaRPr", Ns.A);
        xml.WriteAttributeString("lang", "en-US");
        Attr("sz", Emu.FontSize(p.Size));
        xml.WriteAttributeString("dirty", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Writes one run; <paramref name="context"/> is its paragraph's text, which tells Japanese Han from Chinese by its kana.</summary>
    public void Run(TextRun run, double size, string color, bool bold, string behind, string? context = null)
    {
        xml.WriteStartElement("a", "r", Ns.A);
        xml.WriteStartElement("a", "rPr", Ns.A);
        xml.WriteAttributeString("lang", ScriptSlots.Language(run.Text, context ?? run.Text));
        Attr("sz", Emu.FontSize(size));
        xml.WriteAttributeString("b", bold || run.Bold || run.Emphasis ? "1" : "0");
        xml.WriteAttributeString("i", run.Italic ? "1" : "0");
        if (run.Link is not null)
        {
            xml.WriteAttributeString("u", "sng");
        }

        xml.WriteAttributeString("dirty", "0");
        xml.WriteStartElement("a", "solidFill", Ns.A);
        Color(TextLook.RunColor(theme, run, color, behind));
        xml.WriteEndElement();
        xml.WriteStartElement("a", "latin", Ns.A);
        xml.WriteAttributeString("typeface", XmlText.Clean(run.Code ? CodeFont : theme.Font));
        xml.WriteEndElement();
        ScriptSlots.Write(xml, run.Text);
        if (run.Link is not null)
        {
            xml.WriteStartElement("a", "hlinkClick", Ns.A);
            xml.WriteAttributeString("r", "id", Ns.R, rels.AddLink(run.Link));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        // A run is part of one paragraph: a line break that slipped through binding (the footer, say)
        // would split the paragraph in LibreOffice and drop its bullet, so it is a space here, as in binding.
        xml.WriteElementString("a", "t", Ns.A, XmlText.Clean(WithoutLineBreaks(run.Text)));
        xml.WriteEndElement();
    }

    private static string WithoutLineBreaks(string text)
    {
        if (text.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return text;
        }

        var chars = text.Replace("\r\n", "\n", StringComparison.Ordinal).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Array.IndexOf(LineBreaks, chars[i]) >= 0 ? ' ' : chars[i];
        }

        return new string(chars);
    }

    public void Color(string hex)
    {
        xml.WriteStartElement("a", "srgbClr", Ns.A);
        xml.WriteAttributeString("val", hex);
        xml.WriteEndElement();
    }

    private void Percent(string name, int value)
    {
        xml.WriteStartElement("a", name, Ns.A);
        xml.WriteStartElement("a", "spcPct", Ns.A);
        Attr("val", value);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void Attr(string name, long value) => xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));
}
