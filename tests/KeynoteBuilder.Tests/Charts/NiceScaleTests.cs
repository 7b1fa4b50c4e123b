using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 203, 5, false, 0, 250, 50)] // the keynote's commits per release
    [InlineData(0, 420, 8, false, 0, 500, 100)] // 50s would take 9 intervals
    [InlineData(-3.4, 4.05, 5, false, -4, 6, 2)] // negatives: the axis still crosses zero
    [InlineData(0, 0.37, 4, false, 0, 0.4, 0.1)]
    [InlineData(0, 3, 10, true, 0, 3, 1)] // counts never get half steps
    [InlineData(0, 3, 10, false, 0, 3, 0.5)]
    [InlineData(0, 1_234_567, 5, false, 0, 1_500_000, 500_000)]
    [InlineData(-18, 22, 9, false, -20, 25, 5)]
    [InlineData(0, 0, 5, false, 0, 1, 0.2)] // all zero: a unit axis, not a division by zero
    [InlineData(-50, -10, 5, false, -50, 0, 10)] // all negative: zero is still on the axis
    [InlineData(12, 13, 5, false, 0, 15, 5)] // a baseline at zero, never a truncated axis
    public void Chooses_round_steps_from_zero(double low, double high, int intervals, bool whole, double min, double max, double step)
    {
        var scale = NiceScale.For(low, high, intervals, whole);
        Assert.Equal(new AxisScale(min, max, step), scale);
    }

    [Fact]
    public void Ticks_print_as_written_without_floating_point_dust()
    {
        var scale = NiceScale.For(0, 0.37, 4);
        Assert.Equal([0, 0.1, 0.2, 0.3, 0.4], scale.Ticks);
        Assert.Equal(1, scale.Decimals);
        Assert.Equal(["0.0", "0.1", "0.2", "0.3", "0.4"], scale.Ticks.Select(t => NumberText.Format(t, scale.Decimals)));
    }

    [Fact]
    public void Every_scale_is_one_two_five_covers_the_data_and_zero_and_respects_the_room()
    {
        var random = new Random(20141014);
        for (var i = 0; i < 20_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-3, 9));
            var a = (random.NextDouble() * 2 - 1) * magnitude;
            var b = (random.NextDouble() * 2 - 1) * magnitude;
            var intervals = random.Next(1, 11);
            var scale = NiceScale.For(Math.Min(a, b), Math.Max(a, b), intervals);

            var mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step) + 1e-12));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
            Assert.True(scale.Min <= Math.Min(0, Math.Min(a, b)) + (1e-9 * magnitude), $"{scale} misses the low end of {a}..{b}");
            Assert.True(scale.Max >= Math.Max(0, Math.Max(a, b)) - (1e-9 * magnitude), $"{scale} misses the high end of {a}..{b}");
            Assert.True(scale.Ticks.Count - 1 <= Math.Max(intervals, a * b < 0 ? 2 : 1), $"{scale} has more than {intervals} intervals");
            Assert.Contains(0.0, scale.Ticks);
        }
    }

    [Fact]
    public void Tiny_values_get_a_power_of_ten_instead_of_fifteen_decimals()
    {
        var scale = NiceScale.For(0.00000000000001, 0.00000000000002, 4);
        Assert.Equal(-14, scale.Exponent);
        Assert.Equal(0, scale.Min);
        Assert.Equal(2e-14, scale.Max, 1e-28);
        Assert.Equal(["0.0", "0.5", "1.0", "1.5", "2.0"], scale.Ticks.Select(t => NumberText.Format(t / scale.Unit, scale.Decimals)));
        Assert.Equal("×10⁻¹⁴", NumberText.TimesTenTo(scale.Exponent));
    }

    [Theory]
    [InlineData(1e300, 1e300)]
    [InlineData(-1e300, -1e300)]
    [InlineData(-1e300, 1e300)]
    [InlineData(-1e300, 5)]
    [InlineData(0, 5e-324)] // the smallest double
    [InlineData(-1e-300, 1e-300)]
    [InlineData(1e-300, 1e300)] // a range of six hundred orders of magnitude
    [InlineData(7, 7)] // all values equal
    [InlineData(-7, -7)]
    [InlineData(1e15, 1e15)]
    public void Extremes_give_a_finite_round_axis_that_covers_the_data(double low, double high)
    {
        for (var intervals = 1; intervals <= 8; intervals++)
        {
            var scale = NiceScale.For(low, high, intervals);
            Assert.True(double.IsFinite(scale.Min) && double.IsFinite(scale.Max) && double.IsFinite(scale.Step) && scale.Step > 0, $"{scale}");
            Assert.True(scale.Min <= Math.Min(0, low) && scale.Max >= Math.Max(0, high), $"{scale} misses {low}..{high}");
            Assert.True(scale.Max > scale.Min, $"{scale} is empty");
            Assert.InRange(scale.Ticks.Count - 1, 1, Math.Max(intervals, low < 0 && high > 0 ? 2 : 1));
            Assert.All(scale.Ticks, t => Assert.True(double.IsFinite(t)));
            Assert.All(scale.Ticks, t => Assert.False(string.IsNullOrEmpty(NumberText.Format(t / scale.Unit, scale.Decimals))));
            Assert.InRange(scale.Decimals, 0, 15);
            Assert.True(double.IsFinite(scale.Fraction(high)) && double.IsFinite(scale.Fraction(low)));
        }
    }

    [Theory]
    [InlineData(double.NaN, 1)]
    [InlineData(0, double.NaN)]
    [InlineData(0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(0, 1e301)]
    [InlineData(-double.MaxValue, double.MaxValue)]
    public void Values_no_axis_can_hold_are_refused_before_they_become_NaN(double low, double high) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceScale.For(low, high, 5));

    [Fact]
    public void Every_scale_is_sound_across_the_whole_range_of_magnitudes()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 5_000; i++)
        {
            var magnitude = NiceScale.PowerOfTen(random.Next(-300, 301));
            var a = (random.NextDouble() * 2 - 1) * magnitude;
            var b = (random.NextDouble() * 2 - 1) * magnitude;
            var scale = NiceScale.For(Math.Min(a, b), Math.Max(a, b), random.Next(1, 9), fromZero: random.Next(2) == 0);
            Assert.True(scale.Min <= Math.Min(a, b) && scale.Max >= Math.Max(a, b) && scale.Max > scale.Min, $"{scale} misses {a}..{b}");
            Assert.InRange(scale.Decimals, 0, 15);
        }
    }

    [Theory]
    [InlineData(1000, 1050, 5, 1000, 1050, 10)] // far from zero: the axis starts at the data
    [InlineData(190, 450, 5, 100, 500, 100)]
    [InlineData(-5, 3, 4, -5, 5, 5)] // data across zero keeps zero whatever the option
    [InlineData(12, 12, 5, 0, 15, 5)] // nothing varies: back to zero
    public void Without_a_zero_baseline_the_axis_hugs_the_data(double low, double high, int intervals, double min, double max, double step) =>
        Assert.Equal(new AxisScale(min, max, step), NiceScale.For(low, high, intervals, fromZero: false));

    [Theory]
    [InlineData(1.5e-14, "1.5×10⁻¹⁴")]
    [InlineData(-2e-9, "-2×10⁻⁹")]
    [InlineData(5e-324, "4.940656×10⁻³²⁴")]
    [InlineData(0.00012, "0.00012")]
    [InlineData(0, "0")]
    public void Tiny_numbers_keep_their_digits(double value, string expected) => Assert.Equal(expected, NumberText.Format(value));
}
