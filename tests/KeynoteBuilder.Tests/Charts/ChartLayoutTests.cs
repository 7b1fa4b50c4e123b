using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests.Charts;

/// <summary>What the laid-out chart will show, read from the layout rather than from pixels.</summary>
public sealed class ChartLayoutTests
{
    [Theory]
    [InlineData(ChartKind.Column)]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.Line)]
    [InlineData(ChartKind.StackedColumn)]
    [InlineData(ChartKind.StackedBar)]
    public void Tiny_values_are_labelled_in_units_of_a_power_of_ten(ChartKind kind)
    {
        var spec = ChartTextTests.Spec(kind, ["a", "b"], new ChartSeries("s", [0.00000000000001, 0.00000000000002])) with { Labels = true };
        using var text = new ChartText();
        var layout = new CartesianLayout(spec, 480, 270, new ChartLook(spec, 480, 270), text);

        Assert.Equal("×10⁻¹⁴", layout.Caption);
        var ticks = layout.Scale.Ticks.Select(t => layout.TickText(t, layout.Scale)).ToList();
        Assert.Equal(ticks.Count, ticks.Distinct().Count());
        Assert.Matches("^0(\\.0+)?$", ticks[0]);
        Assert.Contains(ticks, t => t.StartsWith('2'));
        Assert.Equal("2", layout.ValueText(0.00000000000002));

        // And it draws.
        Assert.NotEmpty(new SkiaChartRenderer().Render(spec, 480, 270).Png);
    }
}
