using System.Globalization;
using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Chart;

/// <summary>
/// How much data a chart can show legibly on a slide. Beyond these, a chart is a grey smear that
/// takes seconds to draw and buries its notes; the speaker is told at the chart to aggregate.
/// The reasons for each number are in docs/errors.md.
/// </summary>
public static class ChartCaps
{
    /// <summary>Columns or bars: on the widest slide, 100 bands leave about 8 pt each, the narrowest bar a room can see.</summary>
    public const int MaxBarCategories = 100;

    /// <summary>Points of a line: 1,000 on a full-width chart is under a point apart, already a continuous curve.</summary>
    public const int MaxLineCategories = 1000;

    /// <summary>Slices of a pie or donut: past 20, slices are thinner than their labels and most labels must be dropped.</summary>
    public const int MaxSlices = 20;

    /// <summary>Series: the palette has ten hues; past 12, colours repeat and the legend outgrows the plot.</summary>
    public const int MaxSeries = 12;

    /// <summary>Series the palette keeps apart in grey-scale print and on a washed-out projector.</summary>
    public const int DistinctSeries = 8;

    /// <summary>The most categories a chart of <paramref name="type"/> shows.</summary>
    public static int MaxCategories(ChartKind type) => type switch
    {
        ChartKind.Pie or ChartKind.Donut => MaxSlices,
        ChartKind.Line => MaxLineCategories,
        _ => MaxBarCategories,
    };

    /// <summary>Reports a chart with more categories than its type can show; false when it has too many.</summary>
    public static bool CheckCategories(ChartKind type, int count, YamlMapping chart, BindContext context)
    {
        var cap = MaxCategories(type);
        if (count <= cap)
        {
            return true;
        }

        var what = type is ChartKind.Pie or ChartKind.Donut ? "slices" : type == ChartKind.Line ? "points on a line" : "categories";
        var fix = type is ChartKind.Pie or ChartKind.Donut
            ? "keep the largest and group the rest as 'Other', or use a bar chart"
            : "aggregate the data (by week, month or bucket) or show the top ones";
        context.Diagnostics.Error(Codes.TooManyCategories, chart.Start,
            $"the chart has {Count(count)} {what}; a {Name(type)} chart shows at most {Count(cap)} legibly on a slide; {fix}");
        return false;
    }

    /// <summary>Reports too many series (an error past <see cref="MaxSeries"/>, a warning past <see cref="DistinctSeries"/>).</summary>
    public static bool CheckSeries(int count, YamlMapping chart, BindContext context)
    {
        if (count > MaxSeries)
        {
            context.Diagnostics.Error(Codes.TooManySeries, chart.Start,
                $"the chart has {Count(count)} series; a chart shows at most {MaxSeries} (colours repeat and the legend outgrows the plot); aggregate them or split the chart");
            return false;
        }

        if (count > DistinctSeries)
        {
            context.Diagnostics.Warning(Codes.CrowdedChart, chart.Start,
                $"the chart has {count} series; colours past the {DistinctSeries}th are hard to tell apart and the legend crowds the plot; show at most {DistinctSeries} or group the rest");
        }

        return true;
    }

    /// <summary>Warns about a pie or donut that would draw nothing: every slice zero.</summary>
    public static void CheckBlankPie(ChartKind type, IReadOnlyList<ChartSeries> series, YamlMapping chart, BindContext context)
    {
        if (type is ChartKind.Pie or ChartKind.Donut && series.Count == 1 && series[0].Values.Count > 0 && series[0].Values.All(v => v == 0))
        {
            context.Diagnostics.Warning(Codes.CrowdedChart, chart.Start,
                $"every slice of this {Name(type)} is zero, so it draws as an empty picture; check the values or leave the chart out");
        }
    }

    private static string Name(ChartKind type) => AltText.KindName(type).Replace(" chart", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
