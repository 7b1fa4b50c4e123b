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

    [Fact]
    public void A_line_with_baseline_auto_hugs_its_data_and_names_its_category_axis()
    {
        var spec = ChartTextTests.Spec(ChartKind.Line, ["2010", "2011", "2012"], new ChartSeries("Attendees", [1200, 1250, 1310]))
            with
        { FromZero = false, CategoryTitle = "Year" };
        using var text = new ChartText();
        var layout = new CartesianLayout(spec, 480, 270, new ChartLook(spec, 480, 270), text);
        Assert.InRange(layout.Scale.Min, 1100, 1200);
        Assert.InRange(layout.Scale.Max, 1310, 1400);
        Assert.Equal(layout.Scale.Min, layout.Baseline);
        Assert.Equal("Year", layout.CategoryTitle?.Text);
        Assert.True(layout.CategoryTitle?.Baseline > layout.Plot.Bottom, "the category title goes under the category labels");

        // A column chart never leaves zero: its bars' lengths would lie.
        using var columnText = new ChartText();
        var column = new CartesianLayout(spec with { Kind = ChartKind.Column }, 480, 270, new ChartLook(spec, 480, 270), columnText);
        Assert.Equal(0, column.Scale.Min);
    }

    [Fact]
    public void A_missing_value_breaks_the_line()
    {
        var spec = ChartTextTests.Spec(ChartKind.Line, ["a", "b", "c"], new ChartSeries("s", [9, double.NaN, 9])) with { Labels = true };
        using var text = new ChartText();
        var layout = new CartesianLayout(spec, 480, 270, new ChartLook(spec, 480, 270), text);
        Assert.Equal(2, new CartesianChart(layout, text).ValueLabels.Count);

        var image = new SkiaChartRenderer().Render(spec, 480, 270);
        using var bitmap = SkiaSharp.SKBitmap.Decode(image.Png);
        var scale = SkiaChartRenderer.PngScale;
        var y = (int)(layout.At(9) * scale);
        Assert.Equal(SkiaSharp.SKColors.White, bitmap.GetPixel((int)((layout.BandStart(1) + (layout.Band / 2)) * scale), y));
        Assert.NotEqual(SkiaSharp.SKColors.White, bitmap.GetPixel((int)((layout.BandStart(0) + (layout.Band / 2)) * scale), y));
        Assert.Contains("b: no value", image.AltText, StringComparison.Ordinal);
    }
}
