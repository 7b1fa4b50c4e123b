using System.Globalization;
using System.Text;
using System.Xml;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pptx.Look;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// Writes one slide's XML (p:sld) from its laid-out shapes; ids come from a counter in document order.
/// Title, subtitle, body, footer and slide number go into their layout's placeholders and say only
/// how they differ from it (<see cref="ISlideLook"/>); the rest are free shapes.
/// </summary>
internal sealed class SlideXml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    private readonly XmlWriter _xml;
    private readonly ISlideLook _look;
    private readonly TextXml _text;
    private readonly SlideRelationships _rels;
    private int _nextId = 2;

    /// <summary>Text shapes written with <c>reveal</c>: their ids and paragraph groups, for the slide's timing.</summary>
    private readonly List<(int ShapeId, IReadOnlyList<ParagraphGroup> Groups)> _reveals = [];

    private SlideXml(XmlWriter xml, ISlideLook look, SlideRelationships rels)
    {
        (_xml, _look, _rels) = (xml, look, rels);
        _text = new TextXml(xml, look.Colors, rels);
    }

    /// <summary>Writes the slide's XML to <paramref name="output"/> (its part in the package).</summary>
    public static void Write(LaidOutSlide slide, ISlideLook look, SlideRelationships rels, Stream output)
    {
        using var xml = XmlWriter.Create(output, Settings);
        new SlideXml(xml, look, rels).WriteSlide(slide);
    }

    private void WriteSlide(LaidOutSlide slide)
    {
        _text.SlideTheme = slide.Theme;
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
                case TextShape text when InPlaceholder(text) && SlotOf(slide, text) is { } slot: Placeholder(text, slot); break;
                case TextShape text: Text(text); break;
                case TableShape table: new TableXml(_xml, _text, _look.Colors).Write(table, _nextId++); break;
                case PictureShape picture: Picture(picture); break;
                case RuleShape rule: Rule(rule); break;
                case ScrimShape scrim: Scrim(scrim); break;
                default: throw new InvalidOperationException($"the writer cannot write a {shape.GetType().Name}; the chart pass must run first");
            }
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteRaw(ColorMap(slide));
        if (_reveals.Count > 0)
        {
            RevealXml.Write(_xml, _reveals);
        }

        _xml.WriteEndElement();
    }

    /// <summary>
    /// The slide's colour map: the master's, except on a slide whose links take another of the deck's colours
    /// (over a background picture the deck's link colour would not read on): clients draw a hyperlink in the
    /// colour the map gives <c>hlink</c>, whatever colour its run names. Our master's map is the identity, so
    /// the override says so for every other slot.
    /// </summary>
    private string ColorMap(LaidOutSlide slide)
    {
        var deck = _look.Colors;
        if (_look is not BuiltInLook || slide.Theme is not { } theme || theme.Link == deck.Theme.Link || deck.SlotOf(theme.Link) is not { } slot)
        {
            return "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>";
        }

        var index = slot switch { "tx1" => "dk1", "bg1" => "lt1", "tx2" => "dk2", "bg2" => "lt2", _ => slot };
        return "<p:clrMapOvr><a:overrideClrMapping bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
            + $"accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"{index}\" folHlink=\"folHlink\"/></p:clrMapOvr>";
    }

    /// <summary>
    /// Text in its layout's placeholder: the box only where it differs from the placeholder's, and the
    /// size the layout pass fitted as a scale of the inherited size (normAutofit's fontScale).
    /// </summary>
    private void Placeholder(TextShape shape, PlaceholderSlot slot)
    {
        _xml.WriteStartElement("p", "sp", Ns.P);
        _xml.WriteStartElement("p", "nvSpPr", Ns.P);
        if (shape.Reveal.Count > 0)
        {
            _reveals.Add((_nextId, shape.Reveal));
        }

        NonVisual(shape.Name, null);
        _xml.WriteRaw($"<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{slot.PhXml}</p:nvPr>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        if (!SameBox(shape.Box, slot.Box))
        {
            Transform(shape.Box);
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "txBody", Ns.P);
        var scale = FontScale.Of(shape, slot.Style);
        var reduction = shape.LineSpacingReduction;
        _text.PlaceholderBodyProperties(shape.Anchor, slot.Style, scale.Shrink ?? (reduction > 0 ? 100_000 : null), reduction);
        var slideNumber = shape.Role == TextRole.SlideNumber;
        foreach (var paragraph in shape.Paragraphs)
        {
            _text.Paragraph(paragraph, slot.Style, scale.Larger, slideNumber);
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>
    /// Whether a text goes into its layout's placeholder. Code does not, since its highlight bands sit behind
    /// lines of an exact size and spacing, which a client's own shrink-on-overflow would move.
    /// </summary>
    private static bool InPlaceholder(TextShape text) => !text.Paragraphs.Any(p => p.ExactLineSpacing > 0);

    /// <summary>The placeholder a text goes into: a column's by its side on a two-column or comparison layout, the rest by their role.</summary>
    private PlaceholderSlot? SlotOf(LaidOutSlide slide, TextShape text) => text.Column is { } column
        ? _look.ColumnSlot(LayoutRoles.Of(slide), text.Role, column)
        : _look.Slot(slide.Layout, text.Role);

    /// <summary>Boxes the same to the EMU, as written.</summary>
    private static bool SameBox(Box a, Box b) =>
        Emu.FromPoints(a.X) == Emu.FromPoints(b.X) && Emu.FromPoints(a.Y) == Emu.FromPoints(b.Y)
        && Emu.FromPoints(a.Width) == Emu.FromPoints(b.Width) && Emu.FromPoints(a.Height) == Emu.FromPoints(b.Height);

    private void Text(TextShape shape)
    {
        _xml.WriteStartElement("p", "sp", Ns.P);
        _xml.WriteStartElement("p", "nvSpPr", Ns.P);
        if (shape.Reveal.Count > 0)
        {
            _reveals.Add((_nextId, shape.Reveal));
        }

        NonVisual(shape.Name, null);
        // A column's code stays a plain shape beside the other column's placeholder, as it does in the built-in look.
        var placeholder = shape.Column is not { } column ? _look.FreePlaceholder(shape.Role) : InPlaceholder(shape) ? _look.FreeColumnPlaceholder(shape.Role, column) : null;
        _xml.WriteRaw(placeholder is not null
            ? $"<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{placeholder}</p:nvPr>"
            : "<p:cNvSpPr txBox=\"1\"/><p:nvPr/>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        Transform(shape.Box);
        _xml.WriteRaw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "txBody", Ns.P);
        _text.BodyProperties(shape.Anchor);
        var slideNumber = placeholder is not null && shape.Role == TextRole.SlideNumber;
        foreach (var paragraph in shape.Paragraphs)
        {
            _text.Paragraph(paragraph, slideNumber: slideNumber);
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
        if (!shape.Crop.IsNone)
        {
            _xml.WriteRaw(FormattableString.Invariant(
                $"<a:srcRect l=\"{Thousandths(shape.Crop.Left)}\" t=\"{Thousandths(shape.Crop.Top)}\" r=\"{Thousandths(shape.Crop.Right)}\" b=\"{Thousandths(shape.Crop.Bottom)}\"/>"));
        }

        _xml.WriteRaw("<a:stretch><a:fillRect/></a:stretch>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        Transform(shape.Box, shape.Turn);
        _xml.WriteRaw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>DrawingML percentages are in thousandths of a percent: 100000 is the whole.</summary>
    private static int Thousandths(double fraction) => (int)Math.Round(fraction * 100_000);

    private void Scrim(ScrimShape shape) => Filled(shape.Name, shape.Box, shape.Color, shape.Opacity);

    private void Rule(RuleShape shape) => Filled(shape.Name, shape.Box, shape.Color, 1);

    /// <summary>A filled rectangle without an outline, see-through when <paramref name="opacity"/> is under 1.</summary>
    private void Filled(string name, Box box, string color, double opacity)
    {
        _xml.WriteStartElement("p", "sp", Ns.P);
        _xml.WriteStartElement("p", "nvSpPr", Ns.P);
        NonVisual(name, null);
        _xml.WriteRaw("<p:cNvSpPr/><p:nvPr/>");
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", Ns.P);
        Transform(box);
        _xml.WriteRaw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
        _xml.WriteStartElement("a", "solidFill", Ns.A);
        if (opacity < 1)
        {
            _xml.WriteRaw(FormattableString.Invariant($"<a:srgbClr val=\"{color}\"><a:alpha val=\"{Thousandths(opacity)}\"/></a:srgbClr>"));
        }
        else
        {
            _text.Color(color);
        }

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
