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
}
