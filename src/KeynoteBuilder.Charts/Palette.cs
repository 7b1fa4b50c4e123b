using System.Globalization;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Series and slice colours: the theme's accent first, then distinct hues whose lightness is spread
/// evenly around the accent's. Lightness is what survives grey-scale print and a washed-out projector,
/// so no two series share it, and none comes close to the background's.
/// </summary>
public static class Palette
{
    // Hues in order of use; each is made lighter or darker to the lightness its series needs.
    private static readonly string[] Hues =
    [
        "4E79A7", "59A14F", "F28E2B", "B07AA1", "76B7B2", "9C755F", "EDC948", "E15759", "86BCB6", "BAB0AC",
    ];

    /// <summary>The widest lightness step between neighbouring series: two series look related, not alike.</summary>
    private const double WidestStep = 0.2;

    /// <summary>The first <paramref name="count"/> colours for a chart with the theme's accent and background.</summary>
    public static IReadOnlyList<SKColor> For(string accentHex, string backgroundHex, int count)
    {
        var accent = Parse(accentHex);
        var colours = new List<SKColor> { accent };
        if (count <= 1)
        {
            return colours;
        }

        var targets = Lightnesses(Lightness(accent), Lightness(Parse(backgroundHex)), count - 1);
        var hues = Hues.Select(Parse).Where(h => !SameHue(h, accent)).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            colours.Add(WithLightness(hues[i % hues.Count], targets[i]));
        }

        return colours;
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
        var value = uint.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new SKColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>
    /// Lightnesses for <paramref name="count"/> more series, evenly stepped away from the accent's within the
    /// range that stays clear of the background: some darker and some lighter, split for the widest step.
    /// </summary>
    private static List<double> Lightnesses(double accent, double background, int count)
    {
        var (low, high) = background > 0.5 ? (0.16, background - 0.2) : (background + 0.2, 0.92);
        var best = (Step: -1.0, Below: 0);
        for (var below = 0; below <= count; below++)
        {
            var above = count - below;
            var step = Math.Min(below == 0 ? double.MaxValue : (accent - low) / below, above == 0 ? double.MaxValue : (high - accent) / above);
            if (step > best.Step)
            {
                best = (step, below);
            }
        }

        var gap = Math.Min(best.Step, WidestStep);
        var lighter = Enumerable.Range(1, count - best.Below).Select(i => accent + (i * gap)).ToList();
        var darker = Enumerable.Range(1, best.Below).Select(i => accent - (i * gap)).ToList();

        // Alternate lighter and darker, so the first few series are already far apart.
        var paired = Math.Min(lighter.Count, darker.Count);
        return lighter.Zip(darker, (l, d) => new[] { l, d }).SelectMany(p => p)
            .Concat(lighter.Skip(paired)).Concat(darker.Skip(paired)).ToList();
    }

    /// <summary>The same hue, scaled towards black or white until its lightness is <paramref name="target"/>; luma is linear in RGB, so this is exact up to rounding.</summary>
    private static SKColor WithLightness(SKColor color, double target)
    {
        var current = Lightness(color);
        return target <= current
            ? Mix(SKColors.Black, color, target / current)
            : Mix(color, SKColors.White, (target - current) / (1 - current));
    }

    private static bool SameHue(SKColor a, SKColor b)
    {
        a.ToHsl(out var hueA, out var saturationA, out _);
        b.ToHsl(out var hueB, out var saturationB, out _);
        var distance = Math.Abs(hueA - hueB);
        return saturationA > 20 && saturationB > 20 && Math.Min(distance, 360 - distance) < 25;
    }
}
