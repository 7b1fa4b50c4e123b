using System.Globalization;
using System.Text.RegularExpressions;

namespace KeynoteBuilder.Bodies.Chart;

/// <summary>Strict chart numbers: invariant culture, plain decimals, optional thousands separators ("1,105").</summary>
public static partial class ChartNumbers
{
    /// <summary>The largest value a chart accepts.</summary>
    public const double MaxMagnitude = 1e15;

    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (!Pattern().IsMatch(trimmed))
        {
            return false;
        }

        // A 400-digit "number" parses as infinity; beyond 10^15 doubles stop counting in ones. Neither is chart data.
        return double.TryParse(trimmed.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && Math.Abs(value) <= MaxMagnitude;
    }

    /// <summary>Whether <paramref name="text"/> is written like a number but beyond <see cref="MaxMagnitude"/>.</summary>
    public static bool IsTooLarge(string text) =>
        Pattern().IsMatch(text.Trim()) && !TryParse(text, out _);

    [GeneratedRegex(@"^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
