using System.Globalization;

namespace KeynoteBuilder.Templates;

/// <summary>
/// A colour as a template gives it: a slot of the theme's colour scheme (<c>accent1</c>, <c>tx1</c>) or a fixed
/// colour, with the modifiers DrawingML applies to it (<c>tint</c>, <c>shade</c>, <c>lumMod</c>, <c>lumOff</c>,
/// <c>satMod</c>, in thousandths of a percent). Resolved against a master's colours into six hex digits.
/// </summary>
public sealed record ThemeColor(string Value, bool IsSlot, IReadOnlyList<ColorModifier> Modifiers)
{
    /// <summary>Gamma of the linear light that tint and shade mix in: with it, accent1 4F81BD at tint 40% is D0D8E8, as PowerPoint draws it.</summary>
    private const double Gamma = 2.3;

    public static ThemeColor Slot(string slot, params ColorModifier[] modifiers) => new(slot, true, modifiers);

    public static ThemeColor Fixed(string hex) => new(hex.ToUpperInvariant(), false, []);

    /// <summary>The colour in six hex digits; a slot the master lacks is taken as black (text) rather than failing.</summary>
    public string Resolve(TemplateColors colors)
    {
        var hex = IsSlot ? colors.Hex(Value) ?? "000000" : Value;
        var (r, g, b) = (Channel(hex, 0), Channel(hex, 2), Channel(hex, 4));
        foreach (var modifier in Modifiers)
        {
            var amount = modifier.Value / 100_000.0;
            switch (modifier.Name)
            {
                case "tint":
                    (r, g, b) = (Tint(r, amount), Tint(g, amount), Tint(b, amount));
                    break;
                case "shade":
                    (r, g, b) = (Shade(r, amount), Shade(g, amount), Shade(b, amount));
                    break;
                case "lumMod" or "lumOff" or "satMod":
                    (r, g, b) = Hsl(r, g, b, modifier.Name, amount);
                    break;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Byte(r):X2}{Byte(g):X2}{Byte(b):X2}");
    }

    private static double Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;

    private static int Byte(double value) => (int)Math.Round(Math.Clamp(value, 0, 1) * 255);

    private static double Tint(double c, double amount) => Math.Pow(1 - ((1 - Math.Pow(c, Gamma)) * amount), 1 / Gamma);

    private static double Shade(double c, double amount) => Math.Pow(Math.Pow(c, Gamma) * amount, 1 / Gamma);

    /// <summary>Luminance and saturation modifiers work on the colour's hue, saturation and lightness.</summary>
    private static (double R, double G, double B) Hsl(double r, double g, double b, string name, double amount)
    {
        var (max, min) = (Math.Max(r, Math.Max(g, b)), Math.Min(r, Math.Min(g, b)));
        var l = (max + min) / 2;
        var d = max - min;
        var s = d == 0 ? 0 : d / (1 - Math.Abs((2 * l) - 1));
        var h = d == 0 ? 0 : max == r ? ((g - b) / d % 6 + 6) % 6 : max == g ? ((b - r) / d) + 2 : ((r - g) / d) + 4;
        (l, s) = name switch
        {
            "lumMod" => (l * amount, s),
            "lumOff" => (l + amount, s),
            _ => (l, s * amount),
        };
        (l, s) = (Math.Clamp(l, 0, 1), Math.Clamp(s, 0, 1));
        var c = (1 - Math.Abs((2 * l) - 1)) * s;
        var x = c * (1 - Math.Abs((h % 2) - 1));
        var m = l - (c / 2);
        var (r1, g1, b1) = (int)h switch
        {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        return (r1 + m, g1 + m, b1 + m);
    }
}

/// <summary>One DrawingML colour modifier: its element name and its value (thousandths of a percent).</summary>
public sealed record ColorModifier(string Name, int Value);

/// <summary>
/// A master's colours: its theme's colour scheme (<c>dk1</c>, <c>lt1</c>, <c>accent1</c>..<c>accent6</c>, <c>hlink</c>, ...) as
/// hex, and its colour map, which says which scheme slot <c>tx1</c>, <c>bg1</c>, <c>tx2</c> and <c>bg2</c> stand for.
/// </summary>
public sealed record TemplateColors(IReadOnlyDictionary<string, string> Scheme, IReadOnlyDictionary<string, string> Map)
{
    /// <summary>PowerPoint's usual map: dark text on a light background.</summary>
    public static IReadOnlyDictionary<string, string> UsualMap { get; } = new Dictionary<string, string>
    {
        ["bg1"] = "lt1",
        ["tx1"] = "dk1",
        ["bg2"] = "lt2",
        ["tx2"] = "dk2",
    };

    /// <summary>A slot's colour, through the colour map for tx1/bg1/tx2/bg2; null when the theme has no such slot.</summary>
    public string? Hex(string slot)
    {
        var mapped = Map.TryGetValue(slot, out var target) ? target : UsualMap.TryGetValue(slot, out var usual) ? usual : slot;
        return Scheme.TryGetValue(mapped, out var hex) ? hex : null;
    }

    /// <summary>The six accents, in order: chart series take them.</summary>
    public IReadOnlyList<string> Accents => Enumerable.Range(1, 6).Select(i => Hex($"accent{i}")).OfType<string>().ToList();
}
