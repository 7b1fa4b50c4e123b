namespace KeynoteBuilder.Charts;

/// <summary>A value axis: from <see cref="Min"/> to <see cref="Max"/> in steps of <see cref="Step"/>.</summary>
public readonly record struct AxisScale(double Min, double Max, double Step)
{
    /// <summary>Digits after the decimal point that every tick needs (0 for whole steps).</summary>
    public int Decimals => Step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(Step) - 1e-9);

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, rounded so 0.1 * 3 prints as 0.3.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            var ticks = new double[count + 1];
            for (var i = 0; i <= count; i++)
            {
                ticks[i] = Math.Round(Min + (i * Step), Decimals + 3);
            }

            return ticks;
        }
    }

    /// <summary>Where <paramref name="value"/> falls between Min (0) and Max (1).</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);
}

/// <summary>
/// Chooses axis ranges a reader can take in at a glance: ticks at 1, 2 or 5 times a power of ten,
/// a baseline at zero whatever the data, and no more intervals than the axis has room for.
/// </summary>
public static class NiceScale
{
    private static readonly double[] Mantissas = [1, 2, 5];

    /// <summary>The smallest 1-2-5 step that covers <paramref name="low"/>..<paramref name="high"/> (and 0) in at most <paramref name="maxIntervals"/> intervals.</summary>
    public static AxisScale For(double low, double high, int maxIntervals, bool wholeNumbers = false)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), "an axis needs finite values");
        }

        maxIntervals = Math.Max(1, maxIntervals);
        low = Math.Min(0, low);
        high = Math.Max(0, high);
        if (low == high)
        {
            // All values are zero: show a unit axis rather than dividing by nothing.
            high = 1;
        }

        // Data on both sides of zero needs an interval on each side, however little room there is.
        maxIntervals = low < 0 && high > 0 ? Math.Max(2, maxIntervals) : maxIntervals;
        var range = high - low;
        var exponent = (int)Math.Floor(Math.Log10(range / maxIntervals));
        for (var e = exponent - 1; ; e++)
        {
            foreach (var mantissa in Mantissas)
            {
                var step = mantissa * Math.Pow(10, e);
                if (wholeNumbers && step < 1)
                {
                    continue;
                }

                var min = Math.Floor((low / step) + 1e-9) * step;
                var max = Math.Ceiling((high / step) - 1e-9) * step;
                if ((max - min) / step <= maxIntervals + 1e-9)
                {
                    return new AxisScale(Clean(min), Clean(max), step);
                }
            }
        }
    }

    // Multiplying by a power of ten leaves dust such as 0.30000000000000004; 12 digits is far below any tick label.
    private static double Clean(double value) =>
        value == 0 ? 0 : Math.Round(value, Math.Clamp(12 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15));
}
