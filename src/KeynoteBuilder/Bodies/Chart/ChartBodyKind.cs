using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Chart;

/// <summary><c>chart:</c> a type, and categories with series inline or from a CSV file; drawn by the chart pass.</summary>
public sealed class ChartBodyKind : BodyKind<ChartBody>
{
    private static readonly IReadOnlyList<string> Keys = DeckKeys.Chart.Names;

    public static IReadOnlyDictionary<string, ChartKind> Types { get; } = new Dictionary<string, ChartKind>
    {
        ["column"] = ChartKind.Column,
        ["bar"] = ChartKind.Bar,
        ["stacked-column"] = ChartKind.StackedColumn,
        ["stacked-bar"] = ChartKind.StackedBar,
        ["line"] = ChartKind.Line,
        ["pie"] = ChartKind.Pie,
        ["donut"] = ChartKind.Donut,
    };

    /// <summary>Other names people give the types, too far from ours for an edit-distance hint.</summary>
    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["doughnut"] = "donut",
        ["ring"] = "donut",
        ["columns"] = "column",
        ["bars"] = "bar",
        ["horizontal-bar"] = "bar",
        ["vertical-bar"] = "column",
        ["stacked"] = "stacked-column",
        ["pie-chart"] = "pie",
    };

    public override string Key => "chart";

    public override IReadOnlyList<string> BodyKeys => Keys;

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        if (BodyMapping(value, context, "a chart") is not { } chart)
        {
            return null;
        }

        var type = ChartKind.Column;
        if (chart.Get("type") is not { } typeNode)
        {
            context.Diagnostics.Error(Codes.MissingKey, chart.Start, $"the chart has no `type:`; use one of {string.Join(", ", Types.Keys)}");
        }
        else if (context.Text(typeNode, "type") is { } typeName && !Types.TryGetValue(typeName, out type))
        {
            var hint = Synonyms.GetValueOrDefault(typeName.Trim().ToLowerInvariant()) ?? DidYouMean.Closest(typeName, Types.Keys);
            context.Diagnostics.Error(Codes.UnknownChartType, typeNode.Start,
                $"unknown chart type '{typeName}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; known types are {string.Join(", ", Types.Keys)}");
        }

        var data = chart.Get("csv") is { } csv ? ChartData.FromCsv(csv, type, chart, context) : ChartData.Inline(chart, context);
        if (data is null)
        {
            return null;
        }

        ChartData.Check(type, data, chart, context);
        var labels = chart.Get("labels") is { } l && context.Boolean(l, "labels") == true;
        var unit = chart.Get("unit") is { } u ? context.Text(u, "unit") : null;
        foreach (var (text, at) in data.Texts.Append((unit ?? "", chart.Get("unit")?.Start ?? chart.Start)))
        {
            ThemeFonts.CheckGlyphs(text, at, context);
        }

        var fromZero = chart.Get("baseline") is not { } baseline || FromZero(baseline, type, context);
        return new ChartBody(value.Start, type, data.Categories, data.Series, labels, unit)
        {
            FromZero = fromZero,
            CategoryTitle = type is ChartKind.Pie or ChartKind.Donut ? null : data.CategoryTitle,
        };
    }

    /// <summary>`baseline: zero` (the default) or `auto`, which only a line chart may use: a bar's length must start at zero to compare.</summary>
    private static bool FromZero(YamlNode node, ChartKind type, BindContext context)
    {
        var text = context.Text(node, "baseline");
        if (text is "zero" or null)
        {
            return true;
        }

        if (text != "auto")
        {
            context.Diagnostics.Error(Codes.BadBaseline, node.Start, $"baseline must be zero or auto, not '{text}'");
            return true;
        }

        if (type != ChartKind.Line)
        {
            context.Diagnostics.Error(Codes.BadBaseline, node.Start,
                $"`baseline: auto` is for line charts; a {Types.First(t => t.Value == type).Key} chart starts at zero, or its bars' lengths would mislead; remove the key or use type: line");
            return true;
        }

        return false;
    }

    protected override void Layout(ChartBody body, Box area, LayoutContext context)
    {
        var theme = context.Theme;
        var spec = new ChartSpec(body.Type, context.Slide.Title?.Plain ?? "", body.Categories, body.Series, body.Labels, body.Unit,
            new ChartStyle(theme.Font, theme.Text, theme.Background, theme.Accent))
        {
            FromZero = body.FromZero,
            CategoryTitle = body.CategoryTitle,
            Fonts = theme.Fonts,
        };
        if (context.Deck.Template is { } template)
        {
            spec = Templates.TemplateLooks.ChartOn(spec, template, theme.Fonts);
        }

        context.Add(new ChartShape(context.Name("Chart"), area, spec));
    }
}
