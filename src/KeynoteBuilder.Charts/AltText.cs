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

    private static string Value(double value, string? unit) => NumberText.WithUnit(NumberText.Format(value), unit);
}
