using System.Text;

namespace KeynoteBuilder.Charts;

/// <summary>
/// What a screen reader says for a chart, and what goes into the speaker notes: the type, the title
/// and every data point, e.g. "Column chart: Commits per release. 3.12: 181, 3.13: 176."
/// </summary>
public static class AltText
{
    public static string For(ChartSpec spec)
    {
        var text = new StringBuilder();
        text.Append(KindName(spec.Kind));
        if (spec.Title.Length > 0)
        {
            text.Append(": ").Append(spec.Title.TrimEnd('.'));
        }

        text.Append('.');
        if (spec.Kind is ChartKind.Pie or ChartKind.Donut)
        {
            var values = spec.Series[0].Values;
            var percents = Percentages.Rounded(values);
            text.Append(' ').AppendJoin(", ", spec.Categories.Select((c, i) => $"{c}: {Value(values[i], spec.Unit)} ({percents[i]})"));
            text.Append(". Total: ").Append(Value(values.Sum(), spec.Unit)).Append('.');
            return text.ToString();
        }

        if (spec.Categories.Count * spec.Series.Count > MostListedPoints)
        {
            Summarise(spec, text);
            return text.ToString();
        }

        var named = spec.Series.Count > 1;
        foreach (var series in spec.Series)
        {
            text.Append(' ');
            if (named)
            {
                text.Append(series.Name).Append(": ");
            }

            text.AppendJoin(", ", spec.Categories.Select((c, i) => $"{c}: {Value(series.Values[i], spec.Unit)}"));
            text.Append(named ? ';' : '.');
        }

        if (named)
        {
            text.Length--;
            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>
    /// Past this many values, a screen reader's listing (and the notes) would run for pages: the text
    /// summarises each series instead, so it stays a few lines whatever the data.
    /// </summary>
    public const int MostListedPoints = 100;

    /// <summary>"1,000 categories, from 2010 to 2014. Attendees: first 190, last 450, lowest 120 (2011), highest 450 (2014)."</summary>
    private static void Summarise(ChartSpec spec, StringBuilder text)
    {
        var categories = spec.Categories;
        text.Append(' ').Append(NumberText.Format(categories.Count)).Append(" categories, from ")
            .Append(categories[0]).Append(" to ").Append(categories[^1]).Append('.');
        foreach (var series in spec.Series)
        {
            // Gaps (NaN) are neither first, last, lowest nor highest; a series of nothing but gaps says so.
            var values = series.Values;
            var present = Enumerable.Range(0, values.Count).Where(i => !double.IsNaN(values[i])).ToList();
            if (present.Count == 0)
            {
                text.Append(' ').Append(series.Name).Append(series.Name.Length > 0 ? ": " : "").Append("no values.");
                continue;
            }

            var lowest = present.MinBy(i => values[i]);
            var highest = present.MaxBy(i => values[i]);

            text.Append(' ');
            if (series.Name.Length > 0)
            {
                text.Append(series.Name).Append(": ");
            }

            text.Append("first ").Append(Value(values[present[0]], spec.Unit))
                .Append(", last ").Append(Value(values[present[^1]], spec.Unit))
                .Append(", lowest ").Append(Value(values[lowest], spec.Unit)).Append(" (").Append(categories[lowest]).Append(')')
                .Append(", highest ").Append(Value(values[highest], spec.Unit)).Append(" (").Append(categories[highest]).Append(").");
        }
    }

    public static string KindName(ChartKind kind) => kind switch
    {
        ChartKind.Column => "Column chart",
        ChartKind.Bar => "Bar chart",
        ChartKind.StackedColumn => "Stacked column chart",
        ChartKind.StackedBar => "Stacked bar chart",
        ChartKind.Line => "Line chart",
        ChartKind.Pie => "Pie chart",
        ChartKind.Donut => "Donut chart",
        _ => "Chart",
    };

    private static string Value(double value, string? unit) => double.IsNaN(value) ? "no value" : NumberText.WithUnit(NumberText.Format(value), unit);
}
