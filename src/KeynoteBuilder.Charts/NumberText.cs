using System.Globalization;

namespace KeynoteBuilder.Charts;

/// <summary>How numbers read on a chart and in its alt text: thousands separators, no needless decimals.</summary>
public static class NumberText
{
    /// <summary>Below this magnitude a plain decimal would round to zero or hide the digits that matter.</summary>
    private const double SmallestPlain = 1e-4;

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// <paramref name="value"/> with thousands separators and as many decimals as it has (up to six):
    /// 1105 is "1,105", 2.5 is "2.5", -3 is "-3"; a tiny value keeps its digits, 0.000000000000015 is "1.5×10⁻¹⁴".
    /// </summary>
    public static string Format(double value)
    {
        if (value != 0 && Math.Abs(value) < SmallestPlain)
        {
            // "1.5E-14" from the runtime's own formatting: exact at every magnitude, denormals included.
            var scientific = value.ToString("0.######E+0", CultureInfo.InvariantCulture);
            var e = scientific.IndexOf('E', StringComparison.Ordinal);
            return scientific[..e] + TimesTenTo(int.Parse(scientific[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        return (Math.Round(value, 6) == 0 ? 0 : value).ToString("#,0.######", CultureInfo.InvariantCulture);
    }

    /// <summary><paramref name="value"/> with thousands separators and exactly <paramref name="decimals"/> decimals (at most 15).</summary>
    public static string Format(double value, int decimals)
    {
        decimals = Math.Clamp(decimals, 0, 15);

        // A value that rounds to zero must not print as "-0".
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0 : rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>"×10⁻¹⁴": the multiplier written beside an axis whose labels are in units of 10^<paramref name="exponent"/>.</summary>
    public static string TimesTenTo(int exponent)
    {
        var digits = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).Select(d => Superscripts[d - '0']);
        return "×10" + (exponent < 0 ? "⁻" : "") + string.Concat(digits);
    }

    /// <summary>The same text with a typographic minus sign, for drawing (the hyphen is too short to read as negative).</summary>
    public static string ForDisplay(string text) => text.Replace('-', '\u2212');

    /// <summary>The value followed by its unit: "45%" for a symbol, "181 commits" for a word.</summary>
    public static string WithUnit(string number, string? unit) => string.IsNullOrEmpty(unit)
        ? number
        : IsSymbol(unit) ? number + unit : number + " " + unit;

    /// <summary>
    /// Short units such as %, ms or $ are written after every tick; words (and anything longer than
    /// four characters, which would crowd every tick) go in an axis caption.
    /// </summary>
    public static bool IsSymbol(string unit) => unit.Length <= 2 || (unit.Length <= 4 && !unit.Any(char.IsLetter));
}
