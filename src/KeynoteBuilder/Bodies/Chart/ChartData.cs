using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Chart;

/// <summary>A chart's categories and series, read inline or from CSV, checked against each other and the type.</summary>
internal sealed record ChartData(IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, IReadOnlyList<IReadOnlyList<SourcePosition>> ValuePositions)
{
    /// <summary>What the categories are (a CSV's first header), shown as the category axis' title.</summary>
    public string? CategoryTitle { get; init; }

    /// <summary>Every text the chart draws from its data (categories, series names, the category title) and where it was written.</summary>
    public IReadOnlyList<(string Text, SourcePosition At)> Texts { get; init; } = [];

    private static readonly IReadOnlyList<string> SeriesKeys = DeckKeys.Series.Names;

    public static ChartData? Inline(YamlMapping chart, BindContext context)
    {
        if (chart.Get("categories") is not { } catNode || chart.Get("series") is not { } seriesNode)
        {
            context.Diagnostics.Error(Codes.EmptyChart, chart.Start, "the chart has no data; give `categories:` and `series:`, or `csv:`");
            return null;
        }

        var categories = new List<string>();
        var texts = new List<(string, SourcePosition)>();
        foreach (var item in context.Sequence(catNode, "categories")?.Items ?? [])
        {
            categories.Add(context.Text(item, "a category", allowEmpty: true) ?? "");
            texts.Add((categories[^1], item.Start));
        }

        var series = new List<ChartSeries>();
        var positions = new List<IReadOnlyList<SourcePosition>>();
        foreach (var item in context.Sequence(seriesNode, "series")?.Items ?? [])
        {
            if (context.Mapping(item, "a series") is not { } map)
            {
                continue;
            }

            context.CheckKeys(map, SeriesKeys, "a series");
            var name = map.Get("name") is { } n ? context.Text(n, "a series name") ?? "" : "";
            texts.Add((name, map.Get("name")?.Start ?? map.Start));
            var values = new List<double>();
            var valuePositions = new List<SourcePosition>();
            if (map.Get("values") is not { } valuesNode)
            {
                context.Diagnostics.Error(Codes.MissingKey, map.Start, "the series has no `values:`; give one number per category");
            }
            else
            {
                foreach (var v in context.Sequence(valuesNode, "values")?.Items ?? [])
                {
                    // null (or ~, or nothing) is a gap: a line chart breaks there; Check refuses it elsewhere.
                    values.Add(v is YamlScalar { IsNull: true } ? double.NaN : Number(v is YamlScalar s ? s.Value : v.KindName, v.Start, context));
                    valuePositions.Add(v.Start);
                }

                if (values.Count != categories.Count)
                {
                    context.Diagnostics.Error(Codes.SeriesLength, valuesNode.Start,
                        $"the series '{name}' has {values.Count} values but there are {categories.Count} categories; give one value per category");
                }
            }

            series.Add(new ChartSeries(name, values));
            positions.Add(valuePositions);
        }

        return new ChartData(categories, series, positions) { Texts = texts };
    }

    public static ChartData? FromCsv(YamlNode csv, ChartKind type, YamlMapping chart, BindContext context)
    {
        if (context.Text(csv, "csv") is not { } path || CsvTable.Read(path, csv.Start, context) is not { } rows)
        {
            return null;
        }

        // A million-row file stops here, before a number is parsed: it is the cap's error, at once.
        if (!ChartCaps.CheckCategories(type, rows.Count - 1, chart, context))
        {
            return null;
        }

        var header = rows[0];
        var categories = rows.Skip(1).Select(r => r[0].Text).ToList();
        var series = new List<ChartSeries>();
        var positions = new List<IReadOnlyList<SourcePosition>>();
        for (var col = 1; col < header.Count; col++)
        {
            var values = new List<double>();
            var valuePositions = new List<SourcePosition>();
            foreach (var row in rows.Skip(1))
            {
                if (col >= row.Count)
                {
                    context.Diagnostics.Error(Codes.SeriesLength, row[0].Position, $"this CSV row has {row.Count} fields but the header has {header.Count}");
                    values.Add(0);
                    valuePositions.Add(row[0].Position);
                    continue;
                }

                values.Add(IsGap(row[col].Text) ? double.NaN : Number(row[col].Text, row[col].Position, context));
                valuePositions.Add(row[col].Position);
            }

            series.Add(new ChartSeries(header[col].Text, values));
            positions.Add(valuePositions);
        }

        var texts = rows.Skip(1).Select(r => (r[0].Text, r[0].Position)).Concat(header.Select(h => (h.Text, h.Position))).ToList();
        return new ChartData(categories, series, positions) { CategoryTitle = header[0].Text.Length > 0 ? header[0].Text : null, Texts = texts };
    }

    public static void Check(ChartKind type, ChartData data, YamlMapping chart, BindContext context)
    {
        if (data.Categories.Count == 0 || data.Series.Count == 0)
        {
            context.Diagnostics.Error(Codes.EmptyChart, chart.Start, "the chart has no data; give at least one category and one series");
            return;
        }

        if (type != ChartKind.Line)
        {
            for (var s = 0; s < data.Series.Count; s++)
            {
                for (var i = 0; i < data.Series[s].Values.Count; i++)
                {
                    if (double.IsNaN(data.Series[s].Values[i]))
                    {
                        context.Diagnostics.Error(Codes.NotANumber, data.ValuePositions[s][i],
                            "this value is empty; only a line chart can show a gap (its line breaks there); give a number, 0 if it is zero");
                    }
                }
            }
        }

        var pie = type is ChartKind.Pie or ChartKind.Donut;
        if (!ChartCaps.CheckCategories(type, data.Categories.Count, chart, context) || (!pie && !ChartCaps.CheckSeries(data.Series.Count, chart, context)))
        {
            return;
        }

        if (!pie)
        {
            return;
        }

        if (data.Series.Count != 1)
        {
            context.Diagnostics.Error(Codes.PieSeriesCount, chart.Start, $"a {type.ToString().ToLowerInvariant()} chart shows exactly one series, this one has {data.Series.Count}; use a column or bar chart for several");
        }

        for (var s = 0; s < data.Series.Count; s++)
        {
            for (var i = 0; i < data.Series[s].Values.Count; i++)
            {
                if (data.Series[s].Values[i] < 0)
                {
                    context.Diagnostics.Error(Codes.NegativeInPie, data.ValuePositions[s][i], "a pie or donut slice cannot be negative; use a bar chart for signed data");
                }
            }
        }

        ChartCaps.CheckBlankPie(type, data.Series, chart, context);
    }

    /// <summary>An empty CSV cell, or one that says null, is a missing value.</summary>
    private static bool IsGap(string text) => text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase);

    private static double Number(string text, SourcePosition at, BindContext context)
    {
        if (ChartNumbers.TryParse(text, out var value))
        {
            return value;
        }

        var tooLarge = ChartNumbers.IsTooLarge(text);
        context.Diagnostics.Error(Codes.NotANumber, at, tooLarge
            ? $"'{text}' is too large for a chart; scale the values down (for example to thousands, with `unit: k`)"
            : $"'{text}' is not a number; {NumberHints.For(text) ?? "chart values are plain numbers such as 12, -3.5 or 1,105"}");
        return 0;
    }
}
