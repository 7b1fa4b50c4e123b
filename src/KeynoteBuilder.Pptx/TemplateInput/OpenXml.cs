using System.Globalization;
using System.Xml.Linq;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>Reading PresentationML values from a template's parsed parts; a value that does not parse counts as absent.</summary>
internal static class OpenXml
{
    public static readonly XNamespace P = Ns.P;
    public static readonly XNamespace A = Ns.A;
    public static readonly XNamespace R = Ns.R;

    private const double EmuPerPoint = 12700;

    /// <summary>An EMU attribute in points; NaN when absent or not a number.</summary>
    public static double Points(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var emu) ? emu / EmuPerPoint : double.NaN;

    /// <summary>Every placeholder shape of a master or layout, as written there (nothing inherited yet).</summary>
    public static IEnumerable<RawPlaceholder> Placeholders(XElement part)
    {
        var tree = part.Element(P + "cSld")?.Element(P + "spTree");
        foreach (var ph in tree?.Descendants(P + "ph") ?? [])
        {
            var shape = ph.Parent?.Parent?.Parent;
            if (shape is null || ph.Parent?.Name != P + "nvPr")
            {
                continue;
            }

            var type = (string?)ph.Attribute("type") ?? "obj";
            var index = int.TryParse((string?)ph.Attribute("idx"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0;
            var xfrm = shape.Element(P + "spPr")?.Element(A + "xfrm") ?? shape.Element(P + "xfrm");
            var (off, ext) = (xfrm?.Element(A + "off"), xfrm?.Element(A + "ext"));
            var box = new Box(Points(off, "x"), Points(off, "y"), Points(ext, "cx"), Points(ext, "cy"));
            var body = shape.Element(P + "txBody");
            var bodyPr = body?.Element(A + "bodyPr");
            yield return new RawPlaceholder(
                type,
                index,
                double.IsNaN(box.X + box.Y + box.Width + box.Height) || box.Width <= 0 || box.Height <= 0 ? null : box,
                (string?)ph.Attribute("orient") == "vert" || ((string?)bodyPr?.Attribute("vert") ?? "horz") != "horz",
                LevelSizes(body?.Element(A + "lstStyle")),
                [Points(bodyPr, "lIns"), Points(bodyPr, "tIns"), Points(bodyPr, "rIns"), Points(bodyPr, "bIns")],
                shape);
        }
    }

    /// <summary>The nine list levels' <c>defRPr@sz</c> in points (NaN where a level gives none).</summary>
    public static double[] LevelSizes(XElement? listStyle)
    {
        var sizes = new double[9];
        for (var level = 0; level < 9; level++)
        {
            var size = (string?)listStyle?.Element(A + $"lvl{level + 1}pPr")?.Element(A + "defRPr")?.Attribute("sz");
            sizes[level] = int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var hundredths) && hundredths is >= 100 and <= 400000
                ? hundredths / 100.0
                : double.NaN;
        }

        return sizes;
    }
}

/// <summary>A placeholder as one part writes it: NaN sizes and insets, and a null box, are inherited.</summary>
/// <param name="Shape">The placeholder's shape element, for the text look its list style, body properties and prompt text give.</param>
internal sealed record RawPlaceholder(string Type, int Index, Box? Box, bool Vertical, double[] LevelSizes, double[] Insets, XElement? Shape = null);
