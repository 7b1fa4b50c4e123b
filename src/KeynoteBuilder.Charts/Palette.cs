using System.Globalization;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Series and slice colours: the theme's accent first, then colours picked so that each differs
/// in lightness from all those before it. Lightness is what survives grey-scale print and a washed-out
/// projector, so two series never share it even when their hues differ.
/// </summary>
public static class Palette
{
    // Candidates in order of preference, from dark to light; the picker reorders them by contrast.
    private static readonly string[] Candidates =
    [
        "1F3A5F", "2E6F95", "4E79A7", "59A14F", "9C755F", "B07AA1", "76B7B2", "F28E2B",
        "8CD17D", "EDC948", "BAB0AC", "3B3B3B", "6B4C9A", "FFBE7D", "A0CBE8", "D4A6C8",
    ];

    /// <summary>The lightness difference the picker looks for between any two colours.</summary>
    public const double MinimumStep = 0.09;

    /// <summary>The first <paramref name="count"/> colours for a chart with the theme's accent and background.</summary>
    public static IReadOnlyList<SKColor> For(string accentHex, string backgroundHex, int count)
    {
        var background = Parse(backgroundHex);
        var chosen = new List<SKColor> { Parse(accentHex) };
        var left = Candidates.Select(Parse).ToList();
        while (chosen.Count < count)
        {
            if (left.Count == 0)
            {
                // More series than candidates: cycle, which a legend still tells apart by order.
                chosen.Add(chosen[chosen.Count % Candidates.Length]);
                continue;
            }

            // The first candidate (in preference order) that is clearly lighter or darker than every
            // colour so far; failing that, the one that is most different.
            // The background counts as taken: a series as light as the slide would vanish.
            var taken = chosen.Append(background).ToList();
            var best = left.FirstOrDefault(c => Distance(c, taken) >= MinimumStep);
            if (best == default)
            {
                best = left.MaxBy(c => Distance(c, taken));
            }

            chosen.Add(best);
            left.Remove(best);
        }

        return chosen.Take(count).ToList();
    }

    /// <summary>Grey-scale lightness, 0 (black) to 1 (white), as print and projectors see it (ITU-R BT.601 luma).</summary>
    public static double Lightness(SKColor color) => ((0.299 * color.Red) + (0.587 * color.Green) + (0.114 * color.Blue)) / 255;

    /// <summary>Black or white, whichever reads better on <paramref name="fill"/>.</summary>
    public static SKColor TextOn(SKColor fill) => Lightness(fill) > 0.55 ? new SKColor(0x22, 0x22, 0x22) : SKColors.White;

    /// <summary>A colour <paramref name="amount"/> of the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static SKColor Mix(SKColor from, SKColor to, double amount) => new(
        (byte)Math.Round(from.Red + ((to.Red - from.Red) * amount)),
        (byte)Math.Round(from.Green + ((to.Green - from.Green) * amount)),
        (byte)Math.Round(from.Blue + ((to.Blue - from.Blue) * amount)));

    /// <summary>Six hex digits, with or without '#'.</summary>
    public static SKColor Parse(string hex)
    {
        var digits = hex.TrimStart('#');
        var value = uint.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new SKColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    private static double Distance(SKColor candidate, IEnumerable<SKColor> chosen) =>
        chosen.Min(c => Math.Abs(Lightness(c) - Lightness(candidate)));
}
