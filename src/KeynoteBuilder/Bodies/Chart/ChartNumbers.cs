using System.Globalization;
using System.Text.RegularExpressions;

namespace KeynoteBuilder.Bodies.Chart;

/// <summary>Strict chart numbers: invariant culture, plain decimals, optional thousands separators ("1,105").</summary>
public static partial class ChartNumbers
{
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (!Pattern().IsMatch(trimmed))
        {
            return false;
        }

        return double.TryParse(trimmed.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
