using System.Globalization;

namespace KeynoteBuilder.Model;

/// <summary>
/// WCAG 2 contrast between colours written as six hex digits, and the mixing the theme uses to
/// derive its secondary colours, so that every colour the writer puts text on stays readable.
/// </summary>
public static class Contrast
{
    /// <summary>The WCAG AA minimum for body-size text.</summary>
    public const double Minimum = 4.5;

    /// <summary>WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public static double Luminance(string hex)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var (r, g, b) = Channels(hex);
        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    /// <summary>Contrast ratio, 1 to 21, whichever colour is lighter.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The colour <paramref name="share"/> of the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string Mix(string from, string to, double share)
    {
        var (r1, g1, b1) = Channels(from);
        var (r2, g2, b2) = Channels(to);
        int Lerp(int x, int y) => (int)Math.Round(x + ((y - x) * share), MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{Lerp(r1, r2):X2}{Lerp(g1, g2):X2}{Lerp(b1, b2):X2}");
    }

    /// <summary>
    /// The mix furthest from <paramref name="from"/> toward <paramref name="to"/> (at most <paramref name="most"/>,
    /// in 1% steps) that <paramref name="readable"/> accepts; <paramref name="from"/> itself when none does.
    /// </summary>
    public static string Furthest(string from, string to, double most, Func<string, bool> readable)
    {
        for (var percent = (int)Math.Round(most * 100); percent > 0; percent--)
        {
            var mixed = Mix(from, to, percent / 100.0);
            if (readable(mixed))
            {
                return mixed;
            }
        }

        return from;
    }

    /// <summary>
    /// The mix nearest to <paramref name="from"/> on the way to <paramref name="to"/> (in 5% steps) that
    /// <paramref name="readable"/> accepts: a colour kept as close as possible to the one asked for.
    /// </summary>
    public static string Nearest(string from, string to, Func<string, bool> readable)
    {
        for (var percent = 0; percent < 100; percent += 5)
        {
            var mixed = Mix(from, to, percent / 100.0);
            if (readable(mixed))
            {
                return mixed;
            }
        }

        return to;
    }

    /// <summary>The first candidate readable on <paramref name="behind"/>; failing all, the one with the most contrast.</summary>
    public static string FirstReadable(string behind, params string[] candidates) =>
        candidates.FirstOrDefault(c => Ratio(c, behind) >= Minimum) ?? candidates.MaxBy(c => Ratio(c, behind))!;

    private static (int R, int G, int B) Channels(string hex) =>
        (Hex(hex, 0), Hex(hex, 2), Hex(hex, 4));

    private static int Hex(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
