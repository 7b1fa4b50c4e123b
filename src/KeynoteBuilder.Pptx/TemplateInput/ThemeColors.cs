using System.Globalization;
using System.Xml.Linq;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// A master's colours: a <c>schemeClr</c> goes through the master's <c>p:clrMap</c> (tx1 → dk1 …) to the
/// theme's <c>a:clrScheme</c>; a system colour is its last known value; the usual modifiers (lumMod,
/// lumOff, tint, shade) are applied. Colours come out as six upper-case hex digits.
/// </summary>
internal sealed class ThemeColors
{
    private readonly Dictionary<string, string> _scheme = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);

    public ThemeColors(XElement? theme, XElement? colorMap)
    {
        foreach (var slot in theme?.Descendants(OpenXml.A + "clrScheme").FirstOrDefault()?.Elements() ?? [])
        {
            if (Base(slot.Elements().FirstOrDefault()) is { } hex)
            {
                _scheme[slot.Name.LocalName] = hex;
            }
        }

        foreach (var attribute in colorMap?.Attributes() ?? [])
        {
            _map[attribute.Name.LocalName] = attribute.Value;
        }
    }

    /// <summary>The colour of the <c>a:solidFill</c> under <paramref name="parent"/> (a <c>defRPr</c> or <c>rPr</c>); null when it has none we can read.</summary>
    public string? FillOf(XElement? parent) => Of(parent?.Element(OpenXml.A + "solidFill")?.Elements().FirstOrDefault());

    /// <summary>A scheme slot's colour as text shows it (tx1 is dk1 under the usual map).</summary>
    public string? Slot(string slot)
    {
        var mapped = _map.TryGetValue(slot, out var to) ? to : slot switch { "tx1" => "dk1", "bg1" => "lt1", "tx2" => "dk2", "bg2" => "lt2", _ => slot };
        return _scheme.TryGetValue(mapped, out var hex) ? hex : null;
    }

    /// <summary>A colour element (<c>srgbClr</c>, <c>schemeClr</c>, <c>sysClr</c>) with its modifiers applied; null when it cannot be read.</summary>
    public string? Of(XElement? color)
    {
        var hex = color?.Name.LocalName == "schemeClr" ? Slot((string?)color.Attribute("val") ?? "") : Base(color);
        return hex is null ? null : Modify(hex, color!);
    }

    /// <summary>An <c>srgbClr</c>'s or <c>sysClr</c>'s own value, before modifiers.</summary>
    private static string? Base(XElement? color)
    {
        var value = color?.Name.LocalName switch
        {
            "srgbClr" => (string?)color.Attribute("val"),
            "sysClr" => (string?)color.Attribute("lastClr"),
            _ => null,
        };
        return value is { Length: 6 } && value.All(char.IsAsciiHexDigit) ? value.ToUpperInvariant() : null;
    }

    private static string Modify(string hex, XElement color)
    {
        var rgb = new[] { Channel(hex, 0), Channel(hex, 2), Channel(hex, 4) };
        foreach (var modifier in color.Elements())
        {
            if (!int.TryParse((string?)modifier.Attribute("val"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var thousandths))
            {
                continue;
            }

            var value = thousandths / 100_000.0;
            switch (modifier.Name.LocalName)
            {
                case "tint":
                    rgb = [.. rgb.Select(c => c + ((1 - c) * (1 - value)))];
                    break;
                case "shade":
                    rgb = [.. rgb.Select(c => c * value)];
                    break;
                case "lumMod" or "lumOff":
                    var (h, s, l) = ToHsl(rgb);
                    l = modifier.Name.LocalName == "lumMod" ? l * value : l + value;
                    rgb = FromHsl(h, s, Math.Clamp(l, 0, 1));
                    break;
            }
        }

        return string.Concat(rgb.Select(c => ((int)Math.Round(Math.Clamp(c, 0, 1) * 255)).ToString("X2", CultureInfo.InvariantCulture)));
    }

    private static double Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;

    private static (double H, double S, double L) ToHsl(double[] rgb)
    {
        var (max, min) = (rgb.Max(), rgb.Min());
        var l = (max + min) / 2;
        if (max - min < 1e-9)
        {
            return (0, 0, l);
        }

        var d = max - min;
        var s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
        var h = max == rgb[0] ? ((rgb[1] - rgb[2]) / d) + (rgb[1] < rgb[2] ? 6 : 0)
            : max == rgb[1] ? ((rgb[2] - rgb[0]) / d) + 2
            : ((rgb[0] - rgb[1]) / d) + 4;
        return (h / 6, s, l);
    }

    private static double[] FromHsl(double h, double s, double l)
    {
        if (s == 0)
        {
            return [l, l, l];
        }

        var q = l < 0.5 ? l * (1 + s) : l + s - (l * s);
        var p = (2 * l) - q;
        static double Hue(double p, double q, double t)
        {
            t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
            return t < 1.0 / 6 ? p + ((q - p) * 6 * t) : t < 0.5 ? q : t < 2.0 / 3 ? p + ((q - p) * ((2.0 / 3) - t) * 6) : p;
        }

        return [Hue(p, q, h + (1.0 / 3)), Hue(p, q, h), Hue(p, q, h - (1.0 / 3))];
    }
}
