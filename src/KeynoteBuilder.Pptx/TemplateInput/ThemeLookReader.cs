using System.Globalization;
using System.Xml.Linq;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// Reads what a template gives the tables and charts we draw: a master's colours (its theme's colour scheme and
/// its colour map) and the presentation's default table style. Whatever does not parse is left out, never an error:
/// a table falls back to PowerPoint's default style, a slot to black.
/// </summary>
internal static class ThemeLookReader
{
    private static readonly XNamespace A = OpenXml.A;

    private static readonly string[] Slots = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

    private static readonly string[] MapSlots = ["bg1", "tx1", "bg2", "tx2"];

    /// <summary>PowerPoint's preset colours a table style's text may name (<c>a:prstClr</c>); others count as black.</summary>
    private static readonly Dictionary<string, string> Presets = new(StringComparer.Ordinal) { ["black"] = "000000", ["white"] = "FFFFFF" };

    /// <summary>The colours of a master whose theme is <paramref name="theme"/>.</summary>
    public static TemplateColors Colors(XElement theme, XElement master)
    {
        var scheme = new Dictionary<string, string>(StringComparer.Ordinal);
        var colors = theme.Descendants(A + "clrScheme").FirstOrDefault();
        foreach (var slot in Slots)
        {
            if (colors?.Element(A + slot) is { } element && ColorIn(element) is { IsSlot: false } color)
            {
                scheme[slot] = color.Value;
            }
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var clrMap = master.Element(OpenXml.P + "clrMap");
        foreach (var slot in MapSlots)
        {
            if ((string?)clrMap?.Attribute(slot) is { } target && Slots.Contains(target))
            {
                map[slot] = target;
            }
        }

        return new TemplateColors(scheme, map);
    }

    /// <summary>
    /// The default table style (<c>def</c>) of the presentation's <c>tableStyles.xml</c>, when the package defines it;
    /// null when it names none, or one only PowerPoint knows (then PowerPoint's default is used).
    /// </summary>
    public static TemplateTableStyle? TableStyle(SafePackage package, string presentation)
    {
        if (package.Relationships(presentation).FirstOrDefault(r => r.Is("tableStyles") && !r.External) is not { } rel || !package.Exists(rel.Target))
        {
            return null;
        }

        var list = package.Xml(rel.Target).Root;
        var id = (string?)list?.Attribute("def");
        if (list is null || string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var style = list.Elements(A + "tblStyle").FirstOrDefault(s => (string?)s.Attribute("styleId") == id);
        if (style is null)
        {
            return id == TemplateTableStyle.MediumStyle2Accent1.Id ? TemplateTableStyle.MediumStyle2Accent1 : null;
        }

        var whole = Part(style.Element(A + "wholeTbl")) ?? new TableStylePart(null, null, null, null);
        return new TemplateTableStyle(id, whole, Part(style.Element(A + "band1H")), Part(style.Element(A + "firstRow")));
    }

    private static TableStylePart? Part(XElement? part)
    {
        if (part is null)
        {
            return null;
        }

        var text = part.Element(A + "tcTxStyle");
        var cell = part.Element(A + "tcStyle");
        var fill = cell?.Element(A + "fill")?.Element(A + "solidFill") ?? cell?.Element(A + "fillRef");
        var border = cell?.Element(A + "tcBdr")?.Elements().Where(b => b.Name.LocalName is "insideH" or "bottom")
            .Select(b => b.Element(A + "ln")?.Element(A + "solidFill")).FirstOrDefault(f => f is not null);
        var bold = (string?)text?.Attribute("b") switch
        {
            "on" => true,
            "off" => false,
            _ => (bool?)null,
        };
        return new TableStylePart(
            fill is null ? null : ColorIn(fill),
            text is null ? null : ColorIn(text) ?? (text.Element(A + "fontRef") is { } font ? ColorIn(font) : null),
            bold,
            border is null ? null : ColorIn(border));
    }

    /// <summary>The first colour element directly inside <paramref name="parent"/>.</summary>
    private static ThemeColor? ColorIn(XElement parent) => parent.Elements().Select(Color).FirstOrDefault(c => c is not null);

    /// <summary>One DrawingML colour element with its modifiers; null for one we do not read (hslClr, scrgbClr).</summary>
    private static ThemeColor? Color(XElement element)
    {
        var modifiers = element.Elements()
            .Where(m => m.Name.LocalName is "tint" or "shade" or "lumMod" or "lumOff" or "satMod")
            .Select(m => int.TryParse((string?)m.Attribute("val"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? new ColorModifier(m.Name.LocalName, v) : null)
            .OfType<ColorModifier>().ToArray();
        var value = (string?)element.Attribute("val");
        return element.Name.LocalName switch
        {
            "srgbClr" when IsHex(value) => new ThemeColor(value!.ToUpperInvariant(), false, modifiers),
            "sysClr" when IsHex((string?)element.Attribute("lastClr")) => new ThemeColor(((string)element.Attribute("lastClr")!).ToUpperInvariant(), false, modifiers),
            "sysClr" => new ThemeColor(value == "window" ? "FFFFFF" : "000000", false, modifiers),
            "schemeClr" when value is { Length: > 0 } and not "phClr" => ThemeColor.Slot(value, modifiers),
            "prstClr" => new ThemeColor(Presets.GetValueOrDefault(value ?? "", "000000"), false, modifiers),
            _ => null,
        };
    }

    private static bool IsHex(string? text) => text is { Length: 6 } && text.All(Uri.IsHexDigit);
}
