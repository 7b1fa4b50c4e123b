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

        // Checked before units: "1O" is a ten typed with the letter O, not 1 with the unit "O".
        var lookalikes = DigitLookalikes(trimmed);
        if (lookalikes != trimmed && ChartNumbers.TryParse(lookalikes, out _))
        {
            return $"did you mean {lookalikes}? A letter O, l or I stands where a digit belongs";
        }

        if (WithUnit().Match(trimmed) is { Success: true } match && ChartNumbers.TryParse(match.Groups["number"].Value, out _))
        {
            var unit = match.Groups["unit"].Value;
            return $"write {match.Groups["number"].Value} and give the chart `unit: \"{unit}\"`, which follows every number";
        }

        return null;
    }

    /// <summary>The value with the letters that pass for digits (O, o, l, I) read as 0 and 1, when it has a digit too.</summary>
    private static string DigitLookalikes(string text) =>
        text.Any(char.IsAsciiDigit)
            ? string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] switch { 'O' or 'o' => '0', 'l' or 'I' => '1', var c => c };
                }
            })
            : text;

    /// <summary>One comma followed by other than three digits: not a thousands separator.</summary>
    [GeneratedRegex(@"^[-+]?\d+,(\d{1,2}|\d{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();

    /// <summary>A number and then a unit: a symbol or a short word without digits.</summary>
    [GeneratedRegex(@"^(?<number>[-+]?[\d.,]+)\s*(?<unit>%|[^\d\s.,+-][^\d\s]{0,11})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();
}
