using System.Globalization;
using System.Xml;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// A slide's <c>p:timing</c> for revealed text: what PowerPoint writes for "Appear, On Click, By 1st
/// level paragraphs". Each click is one group: its first paragraph as the click effect, the others
/// (children) with it. One effect per paragraph, not one per range, because LibreOffice animates only
/// the first paragraph of a range.
/// </summary>
internal static class RevealXml
{
    /// <summary>Writes the timing for <paramref name="shapes"/>: each shape's id and its paragraph groups, in click order.</summary>
    public static void Write(XmlWriter xml, IReadOnlyList<(int ShapeId, IReadOnlyList<ParagraphGroup> Groups)> shapes)
    {
        var ids = new Counter();
        xml.WriteStartElement("p", "timing", Ns.P);
        xml.WriteStartElement("p", "tnLst", Ns.P);
        xml.WriteStartElement("p", "par", Ns.P);
        TimeNode(xml, ids, ("dur", "indefinite"), ("restart", "never"), ("nodeType", "tmRoot"));
        xml.WriteStartElement("p", "childTnLst", Ns.P);
        xml.WriteStartElement("p", "seq", Ns.P);
        xml.WriteAttributeString("concurrent", "1");
        xml.WriteAttributeString("nextAc", "seek");
        TimeNode(xml, ids, ("dur", "indefinite"), ("nodeType", "mainSeq"));
        xml.WriteStartElement("p", "childTnLst", Ns.P);
        foreach (var (shapeId, groups) in shapes)
        {
            foreach (var group in groups)
            {
                Click(xml, ids, shapeId, group);
            }
        }

        xml.WriteEndElement(); // childTnLst
        xml.WriteEndElement(); // cTn mainSeq
        xml.WriteRaw("<p:prevCondLst><p:cond evt=\"onPrev\" delay=\"0\"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>"
            + "<p:nextCondLst><p:cond evt=\"onNext\" delay=\"0\"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst>");
        xml.WriteEndElement(); // seq
        xml.WriteEndElement(); // childTnLst
        xml.WriteEndElement(); // cTn tmRoot
        xml.WriteEndElement(); // par
        xml.WriteEndElement(); // tnLst
        xml.WriteStartElement("p", "bldLst", Ns.P);
        foreach (var (shapeId, _) in shapes)
        {
            // build="p": the shape builds by paragraph, so PowerPoint's animation pane lists it that way.
            xml.WriteRaw(FormattableString.Invariant($"<p:bldP spid=\"{shapeId}\" grpId=\"0\" build=\"p\"/>"));
        }

        xml.WriteEndElement(); // bldLst
        xml.WriteEndElement(); // timing
    }

    /// <summary>One click: an outer and an inner parallel node, then one appear effect per paragraph of the group.</summary>
    private static void Click(XmlWriter xml, Counter ids, int shapeId, ParagraphGroup group)
    {
        xml.WriteStartElement("p", "par", Ns.P);
        TimeNode(xml, ids, ("fill", "hold"));
        StartAfter(xml, "indefinite");
        xml.WriteStartElement("p", "childTnLst", Ns.P);
        xml.WriteStartElement("p", "par", Ns.P);
        TimeNode(xml, ids, ("fill", "hold"));
        StartAfter(xml, "0");
        xml.WriteStartElement("p", "childTnLst", Ns.P);
        for (var paragraph = group.First; paragraph <= group.Last; paragraph++)
        {
            Appear(xml, ids, shapeId, paragraph, paragraph == group.First ? "clickEffect" : "withEffect");
        }

        xml.WriteEndElement();
        xml.WriteEndElement(); // cTn
        xml.WriteEndElement(); // par
        xml.WriteEndElement();
        xml.WriteEndElement(); // cTn
        xml.WriteEndElement(); // par
    }

    /// <summary>The Appear entrance (preset 1): set the paragraph's visibility to visible.</summary>
    private static void Appear(XmlWriter xml, Counter ids, int shapeId, int paragraph, string nodeType)
    {
        xml.WriteStartElement("p", "par", Ns.P);
        TimeNode(xml, ids, ("presetID", "1"), ("presetClass", "entr"), ("presetSubtype", "0"), ("fill", "hold"), ("grpId", "0"), ("nodeType", nodeType));
        StartAfter(xml, "0");
        xml.WriteStartElement("p", "childTnLst", Ns.P);
        xml.WriteStartElement("p", "set", Ns.P);
        xml.WriteStartElement("p", "cBhvr", Ns.P);
        TimeNode(xml, ids, ("dur", "1"), ("fill", "hold"));
        StartAfter(xml, "0");
        xml.WriteEndElement(); // cTn
        var index = paragraph.ToString(CultureInfo.InvariantCulture);
        xml.WriteRaw(FormattableString.Invariant(
            $"<p:tgtEl><p:spTgt spid=\"{shapeId}\"><p:txEl><p:pRg st=\"{index}\" end=\"{index}\"/></p:txEl></p:spTgt></p:tgtEl>"));
        xml.WriteRaw("<p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst>");
        xml.WriteEndElement(); // cBhvr
        xml.WriteRaw("<p:to><p:strVal val=\"visible\"/></p:to>");
        xml.WriteEndElement(); // set
        xml.WriteEndElement(); // childTnLst
        xml.WriteEndElement(); // cTn
        xml.WriteEndElement(); // par
    }

    /// <summary>Opens a <c>p:cTn</c> with the next id and the given attributes; the caller closes it.</summary>
    private static void TimeNode(XmlWriter xml, Counter ids, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement("p", "cTn", Ns.P);
        xml.WriteAttributeString("id", ids.Next().ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static void StartAfter(XmlWriter xml, string delay) =>
        xml.WriteRaw($"<p:stCondLst><p:cond delay=\"{delay}\"/></p:stCondLst>");

    /// <summary>Time node ids: 1, 2, ... in document order, so the same deck gives the same bytes.</summary>
    private sealed class Counter
    {
        private int _last;

        public int Next() => ++_last;
    }
}
