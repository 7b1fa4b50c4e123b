using System.Globalization;
using System.Xml;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pptx.Look;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// Writes paragraphs and runs (a:p, a:r). In a placeholder, text inherits its face, size, colour,
/// bullets and spacing from the master and layout (<see cref="TextStyle"/>): a paragraph writes only
/// what differs, a run only what the deck asked for (bold, italic, code, a link, emphasis). A free
/// text box or table cell inherits nothing useful, so it says its size and colour itself.
/// </summary>
internal sealed class TextXml(XmlWriter xml, SchemeColors colors, SlideRelationships rels)
{
    /// <summary>Code spans use Courier New (Liberation Mono where it is missing: same metrics).</summary>
    private const string CodeFont = "Courier New";

    /// <summary>The theme's body face, for text outside placeholders.</summary>
    private const string BodyFont = "+mn-lt";

    /// <summary>Whether a right-to-left paragraph was written in this text body: the ones after it then say they are left to right.</summary>
    private bool _rightToLeftAbove;

    /// <summary>The slide's own colours (text over a background picture), or null when it has the deck's.</summary>
    public Theme? SlideTheme { get; set; }

    private Theme Theme => SlideTheme ?? colors.Theme;

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
        xml.WriteAttributeString("anchor", StyleXml.Anchor(anchor));
        xml.WriteStartElement("a", "noAutofit", Ns.A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "lstStyle", Ns.A);
        xml.WriteEndElement();
    }

    /// <summary>
    /// A placeholder's body properties: the anchor where it differs from the layout's, and, when the
    /// layout pass shrank the text to fit, <c>normAutofit</c> with that <paramref name="fontScale"/>
    /// (thousandths of a percent), which PowerPoint shows as is and LibreOffice takes as "shrink".
    /// </summary>
    public void PlaceholderBodyProperties(VerticalAnchor anchor, TextStyle inherited, int? fontScale, double lineSpacingReduction = 0)
    {
        _rightToLeftAbove = false;
        xml.WriteStartElement("a", "bodyPr", Ns.A);
        if (anchor != inherited.Anchor)
        {
            xml.WriteAttributeString("anchor", StyleXml.Anchor(anchor));
        }

        if (fontScale is { } scale)
        {
            xml.WriteStartElement("a", "normAutofit", Ns.A);
            Attr("fontScale", scale);
            if (lineSpacingReduction > 0)
            {
                Attr("lnSpcReduction", (int)Math.Round(lineSpacingReduction * 100_000));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("a", "lstStyle", Ns.A);
        xml.WriteEndElement();
    }

    /// <summary>Writes a free paragraph set on <paramref name="behind"/> (the slide background when null), every property explicit.</summary>
    public void Paragraph(Paragraph p, string? behind = null, bool slideNumber = false) => Paragraph(p, null, behind ?? Theme.Background, explicitSize: true, slideNumber);

    /// <summary>
    /// Writes a paragraph of a placeholder whose style is <paramref name="inherited"/>; sizes are written
    /// only when <paramref name="explicitSize"/> (text larger than the placeholder's style allows).
    /// </summary>
    public void Paragraph(Paragraph p, TextStyle inherited, bool explicitSize, bool slideNumber) =>
        Paragraph(p, (TextStyle?)inherited, Theme.Background, explicitSize, slideNumber);

    private void Paragraph(Paragraph p, TextStyle? inherited, string behind, bool explicitSize, bool slideNumber)
    {
        xml.WriteStartElement("a", "p", Ns.A);
        inherited = inherited?.AtLevel(p.Level);
        ParagraphProperties(p, inherited);
        var text = p.Runs.Where(r => r.Text.Length > 0);
        var scripts = ParagraphScripts.Of(string.Concat(p.Runs.Select(r => r.Text)));
        if (slideNumber)
        {
            xml.WriteRaw(SlideNumberField.Xml(System.Security.SecurityElement.Escape(XmlText.Clean(string.Concat(text.Select(r => r.Text))))));
        }
        else
        {
            foreach (var run in text)
            {
                // One a:r per script piece, so each carries its language; the layout measured the run whole.
                foreach (var (piece, language) in ScriptSlots.Pieces(run.Text, scripts))
                {
                    Run(run, piece, language, explicitSize ? p.Size : null, p.Color, p.Bold, behind, inherited);
                }
            }
        }

        xml.WriteStartElement("a", "endParaRPr", Ns.A);
        xml.WriteAttributeString("lang", "en-US");
        if (explicitSize)
        {
            Attr("sz", Emu.FontSize(p.Size));
        }

        xml.WriteAttributeString("dirty", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The paragraph's margins, alignment, spacing and bullet: all of them, or those that differ from <paramref name="inherited"/>.</summary>
    private void ParagraphProperties(Paragraph p, TextStyle? inherited)
    {
        var top = p.Size / TextGeometry.LevelScale(p.Level);
        xml.WriteStartElement("a", "pPr", Ns.A);
        if (inherited?.Levels is null)
        {
            AttrUnless("marL", Emu.FromPoints(TextStyle.MarginLeft(p.Bullet, p.Level, top)), inherited is null ? null : Emu.FromPoints(TextStyle.MarginLeft(inherited.Bullets, p.Level, inherited.Size)));
            AttrUnless("indent", Emu.FromPoints(TextStyle.Indent(p.Bullet, top)), inherited is null ? null : Emu.FromPoints(TextStyle.Indent(inherited.Bullets, inherited.Size)));
        }
        else if (p.Bullet != inherited.Bullets)
        {
            // A template's margins are its own; they change only where a bullet comes or goes.
            Attr("marL", Emu.FromPoints(TextStyle.MarginLeft(p.Bullet, p.Level, top)));
            Attr("indent", Emu.FromPoints(TextStyle.Indent(p.Bullet, top)));
        }
        if (inherited is null || p.Level > 0)
        {
            xml.WriteAttributeString("lvl", p.Level.ToString(CultureInfo.InvariantCulture));
        }

        // A right-to-left paragraph starts at the right: the layout's start alignment (Left) is written as "r".
        var rightToLeft = ScriptSlots.IsRightToLeft(p.Runs);
        var align = p.Align == TextAlign.Left && rightToLeft ? TextAlign.Right : p.Align;
        if (inherited is null || align != inherited.Align)
        {
            xml.WriteAttributeString("algn", StyleXml.Align(align));
        }

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
        else if (inherited is null)
        {
            Percent("lnSpc", 100_000);
        }

        if (inherited is null || (inherited.Levels is null && Emu.FontSize(p.SpaceBefore) != Emu.FontSize(inherited.SpaceBefore(p.Level))))
        {
            xml.WriteStartElement("a", "spcBef", Ns.A);
            xml.WriteStartElement("a", "spcPts", Ns.A);
            Attr("val", Emu.FontSize(p.SpaceBefore));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (p.Bullet && inherited is not { Bullets: true })
        {
            xml.WriteRaw($"<a:buClr>{colors.Xml(TextLook.BulletColor(Theme, p.Level))}</a:buClr><a:buFont typeface=\"Arial\"/><a:buChar char=\"{TextLook.BulletChar(p.Level)}\"/>");
        }
        else if (!p.Bullet && inherited is not { Bullets: false })
        {
            xml.WriteRaw("<a:buNone/>");
        }

        xml.WriteEndElement();
    }

    /// <summary>A piece of <paramref name="run"/> (<see cref="ScriptSlots.Pieces"/>), in <paramref name="language"/>, set on <paramref name="behind"/>.</summary>
    private void Run(TextRun run, string piece, string language, double? size, string color, bool bold, string behind, TextStyle? inherited)
    {
        xml.WriteStartElement("a", "r", Ns.A);
        xml.WriteStartElement("a", "rPr", Ns.A);
        xml.WriteAttributeString("lang", language);
        if (size is { } points)
        {
            Attr("sz", Emu.FontSize(points));
        }

        var wantsBold = bold || run.Bold || run.Emphasis;
        if (inherited is null || wantsBold != inherited.Bold)
        {
            xml.WriteAttributeString("b", wantsBold ? "1" : "0");
        }

        if (inherited is null || run.Italic)
        {
            xml.WriteAttributeString("i", run.Italic ? "1" : "0");
        }

        if (run.Link is not null)
        {
            xml.WriteAttributeString("u", "sng");
        }

        xml.WriteAttributeString("dirty", "0");
        var wanted = TextLook.RunColor(Theme, run, color, behind);
        if (inherited is null || run.Emphasis || run.Link is not null || !string.Equals(wanted, inherited.Color, StringComparison.OrdinalIgnoreCase))
        {
            // Emphasis and links name their own slot, even when the accent holds the same colour.
            // A slide's own emphasis colour (moved to read over its picture) is no slot's; a slide's own link colour is
            // its text's, written as such, and clients draw it so through the slide's colour map (SlideXml.ColorMap).
            var slot = run.Emphasis && wanted == Theme.Emphasis && colors.Holds("accent2", wanted) ? "<a:schemeClr val=\"accent2\"/>"
                : run.Link is not null && wanted == Theme.Link && colors.Holds("hlink", wanted) ? "<a:schemeClr val=\"hlink\"/>"
                : colors.Xml(wanted);
            xml.WriteRaw($"<a:solidFill>{slot}</a:solidFill>");
        }

        if (run.Code || inherited is null)
        {
            xml.WriteStartElement("a", "latin", Ns.A);
            xml.WriteAttributeString("typeface", run.Code ? CodeFont : BodyFont);
            xml.WriteEndElement();
        }

        ScriptSlots.Write(xml, piece);

        if (run.Link is not null)
        {
            xml.WriteStartElement("a", "hlinkClick", Ns.A);
            xml.WriteAttributeString("r", "id", Ns.R, rels.AddLink(run.Link));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        // A run is part of one paragraph: a line break that slipped through binding (the footer, say)
        // would split the paragraph in LibreOffice and drop its bullet, so it is a space here, as in binding.
        xml.WriteElementString("a", "t", Ns.A, XmlText.Clean(TextParagraphs.LineBreaksAs(piece, ' ')));
        xml.WriteEndElement();
    }

    /// <summary>A colour element: the theme's scheme slot where the colour is one.</summary>
    public void Color(string hex) => xml.WriteRaw(colors.Xml(hex));

    private void Percent(string name, int value)
    {
        xml.WriteStartElement("a", name, Ns.A);
        xml.WriteStartElement("a", "spcPct", Ns.A);
        Attr("val", value);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Writes the attribute unless it equals what the placeholder inherits (<paramref name="inherited"/>; null: nothing is inherited).</summary>
    private void AttrUnless(string name, long value, long? inherited)
    {
        if (value != inherited)
        {
            Attr(name, value);
        }
    }

    private void Attr(string name, long value) => xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));
}
