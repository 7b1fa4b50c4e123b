using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests.Charts;

public sealed class ChartTextTests
{
    [Theory]
    [InlineData(1105, "1,105")]
    [InlineData(2.5, "2.5")]
    [InlineData(-3, "-3")]
    [InlineData(1234567.891, "1,234,567.891")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(-0.0, "0")]
    [InlineData(-0.0000001, "-1×10⁻⁷")]
    public void Numbers_have_thousands_separators_and_no_needless_decimals(double value, string expected) =>
        Assert.Equal(expected, NumberText.Format(value));

    [Theory]
    [InlineData("%", "45%")]
    [InlineData("ms", "45ms")]
    [InlineData("commits", "45 commits")]
    public void Units_are_suffixes(string unit, string expected) => Assert.Equal(expected, NumberText.WithUnit("45", unit));

    [Fact]
    public void Pie_percentages_add_up_to_one_hundred()
    {
        Assert.Equal(["39%", "23%", "18%", "11%", "5%", "4%"], Percentages.Rounded([430, 250, 200, 120, 60, 45]));
        Assert.Equal(["33%", "33%", "34%"], Percentages.Rounded([1, 1, 1.0001]));
        Assert.Equal(["100%", "<1%", "0%"], Percentages.Rounded([10_000, 1, 0]));
    }

    [Fact]
    public void Alt_text_states_type_title_and_every_point()
    {
        var spec = Spec(ChartKind.Column, ["3.12", "3.13"], new ChartSeries("Commits", [181, 1176]));
        Assert.Equal("Column chart: Commits per release. 3.12: 181, 3.13: 1,176.", AltText.For(spec));

        var two = Spec(ChartKind.StackedBar, ["A", "B"], new ChartSeries("x86", [1, 2]), new ChartSeries("ARM", [-3.5, 4]));
        Assert.Equal("Stacked bar chart: Commits per release. x86: A: 1, B: 2; ARM: A: -3.5, B: 4.", AltText.For(two));

        var pie = Spec(ChartKind.Donut, ["A", "B"], new ChartSeries("Share", [3, 1])) with { Unit = "%" };
        Assert.Equal("Donut chart: Commits per release. A: 3% (75%), B: 1% (25%). Total: 4%.", AltText.For(pie));
    }

    internal static ChartSpec Spec(ChartKind kind, string[] categories, params ChartSeries[] series) =>
        new(kind, "Commits per release", categories, series, Labels: false, Unit: null, new ChartStyle("Arial", "222222", "FFFFFF", "CC0000"));
}
