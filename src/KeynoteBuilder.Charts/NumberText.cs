using System.Globalization;

namespace KeynoteBuilder.Charts;

/// <summary>How numbers read on a chart and in its alt text: thousands separators, no needless decimals.</summary>
public static class NumberText
{
    /// <summary>
    /// <paramref name="value"/> with thousands separators and as many decimals as it has (up to six):
    /// 1105 is "1,105", 2.5 is "2.5", -3 is "-3".
    /// </summary>
    public static string Format(double value) =>
        (Math.Round(value, 6) == 0 ? 0 : value).ToString("#,0.######", CultureInfo.InvariantCulture);

    /// <summary><paramref name="value"/> with thousands separators and exactly <paramref name="decimals"/> decimals.</summary>
    public static string Format(double value, int decimals)
    {
        // A value that rounds to zero must not print as "-0".
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0 : rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The same text with a typographic minus sign, for drawing (the hyphen is too short to read as negative).</summary>
    public static string ForDisplay(string text) => text.Replace('-', '\u2212');

    /// <summary>The value followed by its unit: "45%" for a symbol, "181 commits" for a word.</summary>
    public static string WithUnit(string number, string? unit) => string.IsNullOrEmpty(unit)
        ? number
        : IsSymbol(unit) ? number + unit : number + " " + unit;

    /// <summary>Short units such as %, ms or $ are written after every tick; words go in an axis caption.</summary>
    public static bool IsSymbol(string unit) => unit.Length <= 2 || !unit.Any(char.IsLetter);
}
