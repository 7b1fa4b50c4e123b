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

    [Fact]
    public void Line_labels_of_different_series_never_overprint()
    {
        // The chart: 432 drawn over 410.
        var spec = ChartTextTests.Spec(ChartKind.Line, ["2012", "2013", "2014"],
            new ChartSeries("Talks", [410, 380, 300]), new ChartSeries("Attendees", [432, 395, 310])) with
        { Labels = true };
        var labels = Labels(spec, 480, 270);
        AssertApart(labels);
        Assert.Contains(labels, l => l.Text == "432");
        Assert.Contains(labels, l => l.Text == "410");
    }

    [Fact]
    public void Value_labels_never_overlap_in_any_chart()
    {
        var random = new Random(20261127);
        var kinds = new[] { ChartKind.Line, ChartKind.Column, ChartKind.Bar, ChartKind.StackedColumn, ChartKind.StackedBar };
        for (var i = 0; i < 300; i++)
        {
            var categories = Enumerable.Range(0, random.Next(1, 9)).Select(c => $"c{c}").ToArray();
            var series = Enumerable.Range(0, random.Next(1, 5))
                .Select(s => new ChartSeries($"s{s}", [.. categories.Select(_ => Math.Round((random.NextDouble() * 1000) - 200))]))
                .ToArray();
            var spec = ChartTextTests.Spec(kinds[i % kinds.Length], categories, series) with { Labels = true };
            AssertApart(Labels(spec, random.Next(200, 900), random.Next(120, 500)));
        }
    }

    private static IReadOnlyList<ValueLabel> Labels(ChartSpec spec, float width, float height)
    {
        using var text = new ChartText();
        var layout = new CartesianLayout(spec, width, height, new ChartLook(spec, width, height), text);
        return new CartesianChart(layout, text).ValueLabels;
    }

    private static void AssertApart(IReadOnlyList<ValueLabel> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            Assert.False(labels[i].Box.IsEmpty, $"label {labels[i].Text} has no box");
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Box.IntersectsWith(labels[j].Box), $"{labels[i].Text} at {labels[i].Box} overlaps {labels[j].Text} at {labels[j].Box}");
            }
        }
    }
}
