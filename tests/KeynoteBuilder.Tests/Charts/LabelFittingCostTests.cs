using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests.Charts;

/// <summary>
/// Label fitting must cost about what the picture can show, not the square of a label's length:
/// each place a label is fitted gets a label grown tenfold, and the characters measured and drawn
/// (counted through the renderer) may grow at most tenfold too.
/// </summary>
public sealed class LabelFittingCostTests
{
    public static TheoryData<string, bool> Places()
    {
        var data = new TheoryData<string, bool>();
        foreach (var place in Specs.Keys)
        {
            data.Add(place, true);
            data.Add(place, false);
        }

        return data;
    }

    private static Dictionary<string, Func<string, ChartSpec>> Specs { get; } = new()
    {
        ["column category"] = label => Spec(ChartKind.Column, [label, "b"], new ChartSeries("s", [1, 2])),
        ["bar category"] = label => Spec(ChartKind.Bar, [label, "b"], new ChartSeries("s", [1, 2])),
        ["thinned category"] = label => Spec(ChartKind.Line, [.. Enumerable.Range(0, 60).Select(i => i == 0 ? label : $"c{i}")], new ChartSeries("s", [.. Enumerable.Range(0, 60).Select(i => (double)i)])),
        ["legend entry"] = label => Spec(ChartKind.Column, ["a", "b"], new ChartSeries(label, [1, 2]), new ChartSeries("t", [2, 1])),
        ["value labels and unit caption"] = label => Spec(ChartKind.Line, ["a", "b"], new ChartSeries("s", [1, 2])) with { Labels = true, Unit = label },
        ["pie label"] = label => Spec(ChartKind.Pie, [label, "b", "c"], new ChartSeries("s", [1, 2, 3])) with { Labels = true },
        ["donut total"] = label => Spec(ChartKind.Donut, ["a", "b"], new ChartSeries("s", [1, 2])) with { Unit = label },
        ["chart title"] = label => Spec(ChartKind.StackedBar, ["a", "b"], new ChartSeries("s", [1, 2]), new ChartSeries("t", [3, 4])) with { Title = label, Labels = true },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Growing_a_label_tenfold_grows_the_measuring_at_most_tenfold(string place, bool spaced)
    {
        var small = CharactersMeasured(Specs[place](Label(1_600, spaced)));
        var large = CharactersMeasured(Specs[place](Label(16_000, spaced)));
        Assert.True(large <= small * 10.5, $"{place}: {small} characters measured for a 1,600-character label, {large} for 16,000");
    }

    private static string Label(int length, bool spaced) =>
        string.Concat(Enumerable.Repeat(spaced ? "word " : "x", length / (spaced ? 5 : 1)));

    private static long CharactersMeasured(ChartSpec spec)
    {
        var count = new MeasureCount();
        new SkiaChartRenderer(count).Render(spec, 480, 270);
        return count.Characters;
    }

    private static ChartSpec Spec(ChartKind kind, string[] categories, params ChartSeries[] series) => ChartTextTests.Spec(kind, categories, series);
}
