using System.Text.RegularExpressions;

namespace KeynoteBuilder.Bodies.Chart;

/// <summary>
/// How to fix a value that is almost a chart number: a decimal comma (<c>3,5</c> is 3.5) or a unit
/// written into the value (<c>283%</c> is 283 with <c>unit: "%"</c> on the chart).
/// </summary>
public static partial class NumberHints
{
    /// <returns>A sentence to append to the "not a number" message, or null.</returns>
    public static string? For(string text)
    {
        var trimmed = text.Trim();
        if (DecimalComma().IsMatch(trimmed) && ChartNumbers.TryParse(trimmed.Replace(',', '.'), out _))
        {
            return $"did you mean {trimmed.Replace(',', '.')}? Chart numbers use a decimal point";
        }

        if (WithUnit().Match(trimmed) is { Success: true } match && ChartNumbers.TryParse(match.Groups["number"].Value, out _))
        {
            var unit = match.Groups["unit"].Value;
            return $"write {match.Groups["number"].Value} and give the chart `unit: \"{unit}\"`, which follows every number";
        }

        return null;
    }

    /// <summary>One comma followed by other than three digits: not a thousands separator.</summary>
    [GeneratedRegex(@"^[-+]?\d+,(\d{1,2}|\d{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();

    /// <summary>A number and then a unit: a symbol or a short word without digits.</summary>
    [GeneratedRegex(@"^(?<number>[-+]?[\d.,]+)\s*(?<unit>%|[^\d\s.,+-][^\d\s]{0,11})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();
}
