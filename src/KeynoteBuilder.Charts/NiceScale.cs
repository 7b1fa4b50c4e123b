using System.Globalization;

namespace KeynoteBuilder.Charts;

/// <summary>
/// A value axis: from <see cref="Min"/> to <see cref="Max"/> in steps of <see cref="Step"/>. Tick labels
/// are written in units of ten to the <see cref="Exponent"/> (0 for plain numbers): data such as
/// 0.00000000000002 reads as 0, 0.5, 1 … 2 with "×10⁻¹⁴" beside the axis.
/// </summary>
public readonly record struct AxisScale(double Min, double Max, double Step, int Exponent = 0)
{
    /// <summary>No tick label has more decimals than this: beyond it, doubles stop rounding reliably.</summary>
    private const int MostDecimals = 15;

    /// <summary>Digits after the decimal point that every tick label needs, in units of 10^<see cref="Exponent"/> (0 for whole steps).</summary>
    public int Decimals
    {
        get
        {
            var step = Step / Unit;
            return step >= 1 - 1e-9 ? 0 : Math.Clamp((int)Math.Ceiling(-Math.Log10(step) - 1e-9), 0, MostDecimals);
        }
    }

    /// <summary>What one unit of a tick label is worth: ten to the <see cref="Exponent"/>.</summary>
    public double Unit => NiceScale.PowerOfTen(Exponent);

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, rounded so 0.1 * 3 is 0.3.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            // Whole multiples of the step: the zero tick is exactly zero and no error accumulates.
            var first = Math.Round(Min / Step);
            var count = (int)Math.Round((Max / Step) - first);
            var ticks = new double[count + 1];
            for (var i = 0; i <= count; i++)
            {
                ticks[i] = NiceScale.Clean((first + i) * Step);
            }

            return ticks;
        }
    }

    /// <summary>Where <paramref name="value"/> falls between Min (0) and Max (1).</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);
}

/// <summary>
/// Chooses axis ranges a reader can take in at a glance: ticks at 1, 2 or 5 times a power of ten,
/// a baseline at zero unless asked otherwise, and no more intervals than the axis has room for.
/// </summary>
public static class NiceScale
{
    /// <summary>The largest magnitude an axis can show; chart values are capped far below it.</summary>
    public const double Largest = 1e300;

    private static readonly double[] Mantissas = [1, 2, 5];

    /// <summary>
    /// The smallest 1-2-5 step that covers <paramref name="low"/>..<paramref name="high"/> (and 0) in at most
    /// <paramref name="maxIntervals"/> intervals. With <paramref name="fromZero"/> false, the axis starts
    /// near the data instead of at zero (for lines far from zero), when the data has a spread to show.
    /// </summary>
    public static AxisScale For(double low, double high, int maxIntervals, bool wholeNumbers = false, bool fromZero = true)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || Math.Abs(low) > Largest || Math.Abs(high) > Largest)
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"an axis needs finite values within ±{Largest:E0}, not {low}..{high}");
        }

        (low, high) = (Math.Min(low, high), Math.Max(low, high));
        var exponent = ExponentFor(low, high);
        maxIntervals = Math.Max(1, maxIntervals);
        if (fromZero || !HasSpread(low, high))
        {
            low = Math.Min(0, low);
            high = Math.Max(0, high);
        }

        if (low == high)
        {
            // All values are zero: show a unit axis rather than dividing by nothing.
            high = 1;
        }

        // Data on both sides of zero needs an interval on each side, however little room there is.
        maxIntervals = low < 0 && high > 0 ? Math.Max(2, maxIntervals) : maxIntervals;

        // Dividing first keeps -1e300..1e300 finite; the loop starts a little below the step it needs.
        // The smallest double divided by the intervals is zero: start at the smallest power a double holds.
        var spread = (high / maxIntervals) - (low / maxIntervals);
        var start = spread > 0 ? Math.Clamp((int)Math.Floor(Math.Log10(spread)), -330, 310) : -330;
        for (var e = start - 1; ; e++)
        {
            foreach (var mantissa in Mantissas)
            {
                var step = mantissa * PowerOfTen(e);
                if ((wholeNumbers && step < 1) || step == 0)
                {
                    continue;
                }

                // The tolerance absorbs floating-point dust (0.3 / 0.1 is 2.9999999999999996); the checks after
                // it make sure the axis still reaches data far smaller than the step (5 on an axis of 1e300).
                var first = Math.Floor((low / step) + 1e-9);
                var last = Math.Ceiling((high / step) - 1e-9);
                first -= first * step > low ? 1 : 0;
                last += last * step < high ? 1 : 0;
                if (last - first <= maxIntervals + 1e-9)
                {
                    return new AxisScale(Clean(first * step), Clean(last * step), step, exponent);
                }
            }
        }
    }

    /// <summary>
    /// The power of ten in whose units an axis over <paramref name="low"/>..<paramref name="high"/> is labelled:
    /// 0 for everything a plain number shows well (1e-5 up to 1e15), else the data's own order of magnitude.
    /// </summary>
    public static int ExponentFor(double low, double high)
    {
        var largest = Math.Max(Math.Abs(low), Math.Abs(high));
        return largest == 0 || (largest >= 1e-5 && largest < 1e15) ? 0 : Math.Clamp((int)Math.Floor(Math.Log10(largest)), -300, 300);
    }

    /// <summary>10^<paramref name="exponent"/>, exact for every power a double can hold (Math.Pow is off by an ulp for some).</summary>
    public static double PowerOfTen(int exponent) =>
        double.Parse("1E" + exponent.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// Multiplying by a power of ten leaves dust such as 0.30000000000000004; twelve significant digits
    /// are far below any tick label and work at every magnitude.
    /// </summary>
    internal static double Clean(double value) =>
        value == 0 ? 0 : double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Whether the data varies enough, against its size, for an axis that does not start at zero.</summary>
    private static bool HasSpread(double low, double high) =>
        high - low > 1e-9 * Math.Max(Math.Abs(low), Math.Abs(high));
}
