using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Where everything goes on a chart with a value axis: legend, unit caption, category labels,
/// tick labels and the plot, sized so that no text overlaps and nothing reaches the picture's edge.
/// Columns and lines run across (categories along the bottom); bars run down (categories at the left).
/// </summary>
internal sealed class CartesianLayout
{
    public CartesianLayout(ChartSpec spec, float width, float height, ChartLook look, ChartText text)
    {
        Spec = spec;
        Look = look;
        Horizontal = spec.Kind is ChartKind.Bar or ChartKind.StackedBar;
        Stacked = spec.Kind is ChartKind.StackedBar or ChartKind.StackedColumn;
        var size = look.TextSize;
        var line = ChartText.LineHeight(size);
        var pad = look.Padding;

        var top = pad;
        if (spec.Series.Count > 1)
        {
            Legend = new Legend(spec.Series.Select(s => s.Name).ToList(), look, text, width - (2 * pad));
            LegendTop = top;
            top += Legend.Height + (size * 0.4f);
        }

        Width = width;
        (var low, var high) = Extent(spec, Stacked);
        var whole = spec.Series.All(s => s.Values.All(v => double.IsNaN(v) || v == Math.Floor(v)));
        var fromZero = spec.FromZero || spec.Kind != ChartKind.Line;
        ValueLabelSize = size;

        // A word unit and the power of ten of very small or large data go above the value axis: "×10⁻¹⁴ seconds".
        var exponent = NiceScale.ExponentFor(low, high);
        Unit = NiceScale.PowerOfTen(exponent);
        var words = spec.Unit is { } unit && !NumberText.IsSymbol(unit) ? unit : null;
        var caption = string.Join(" ", new[] { exponent == 0 ? null : NumberText.TimesTenTo(exponent), words }.OfType<string>());
        if (caption.Length > 0)
        {
            Caption = text.Wrap(caption, size, width - (2 * pad), 1).FirstOrDefault();
            CaptionBaseline = top + text.Baseline(size);
            top += line;
        }

        // The category axis' title: under the category labels of columns and lines, above those of bars.
        var bottom = height - pad;
        if (spec.CategoryTitle is { Length: > 0 } title && text.Wrap(title, size, width - (2 * pad), 1) is [var shown, ..])
        {
            if (Horizontal)
            {
                CategoryTitle = new(shown, pad, top + text.Baseline(size), TextAlign.Left);
                top += line;
            }
            else
            {
                bottom -= line;
                CategoryTitle = new(shown, width / 2, bottom + text.Baseline(size), TextAlign.Center);
            }
        }

        // Tick labels depend on the scale, the scale on the room left by the labels: two rounds settle it.
        var scale = NiceScale.For(low, high, 5, whole, fromZero);
        var overhang = 0f;
        for (var round = 0; round < 2; round++)
        {
            var tickWidth = scale.Ticks.Max(t => text.Width(TickText(t, scale), size));
            if (Horizontal)
            {
                var labelWidth = CategoryLabels.NaturalWidth(spec.Categories, size, width * 0.32f, text);
                var plotLeft = pad + Math.Max(labelWidth + (size * 0.5f), tickWidth / 2);
                var plotBottom = bottom - line - (size * 0.2f);
                var headLeft = Spec.Labels && low < 0 ? LabelWidth(text, spec, v => v < 0) + (size * 0.4f) : 0;
                var headRight = Math.Max(Spec.Labels ? LabelWidth(text, spec, v => v >= 0) + (size * 0.4f) : 0, tickWidth / 2);
                Plot = new SKRect(plotLeft, top + (size * 0.2f), width - pad, plotBottom);
                Values = (Plot.Left + headLeft, width - pad - headRight);
                Band = Plot.Height / spec.Categories.Count;
                Labels = CategoryLabels.Down(spec.Categories, Band, labelWidth, size, text);
                var room = Values.To - Values.From;
                scale = NiceScale.For(low, high, Math.Clamp((int)(room / (tickWidth + (size * 1.5f))), 1, 8), whole, fromZero);
            }
            else
            {
                var plotLeft = pad + tickWidth + (size * 0.5f);
                var plotRight = width - pad - overhang;
                Band = (plotRight - plotLeft) / spec.Categories.Count;
                Labels = CategoryLabels.Across(spec.Categories, Band, size, text);

                // A thinned label is wider than its band; the last one must not run off the picture.
                var last = Labels.Lines[^1];
                overhang = Math.Max(0, ((last.Count == 0 ? 0 : last.Max(l => text.Width(l, size))) - Band) / 2);
                var plotBottom = bottom - (Labels.LineCount * line) - (size * 0.3f);
                var headTop = Spec.Labels ? line : size * 0.6f;
                var headBottom = Spec.Labels && low < 0 ? line : 0;
                Plot = new SKRect(plotLeft, top, plotRight, plotBottom);
                Values = (Plot.Bottom - headBottom, Plot.Top + headTop);
                var room = Values.From - Values.To;
                scale = NiceScale.For(low, high, Math.Clamp((int)(room / (size * 2.2f)), 1, 8), whole, fromZero);
            }
        }

        Scale = scale;
    }

    public ChartSpec Spec { get; }

    /// <summary>The picture's width, in points.</summary>
    public float Width { get; }

    /// <summary>The category axis' title and where it is drawn, or null.</summary>
    public (string Text, float X, float Baseline, TextAlign Align)? CategoryTitle { get; }

    /// <summary>Where bars start and the axis line is drawn: zero, or the end of an axis that does not reach it.</summary>
    public double Baseline => Math.Clamp(0, Scale.Min, Scale.Max);

    public ChartLook Look { get; }

    public bool Horizontal { get; }

    public bool Stacked { get; }

    public Legend? Legend { get; }

    public float LegendTop { get; }

    public string? Caption { get; }

    public float CaptionBaseline { get; }

    public AxisScale Scale { get; }

    /// <summary>The plot: bands of categories and the value axis' full extent.</summary>
    public SKRect Plot { get; private set; }

    /// <summary>The coordinates (x for bars, y for columns) of the scale's minimum and maximum.</summary>
    public (float From, float To) Values { get; private set; }

    /// <summary>The room each category has along the category axis.</summary>
    public float Band { get; private set; }

    public CategoryLabels Labels { get; private set; } = new([], 1);

    public float ValueLabelSize { get; }

    /// <summary>Where <paramref name="value"/> falls on the value axis.</summary>
    public float At(double value) => Values.From + ((float)Scale.Fraction(value) * (Values.To - Values.From));

    /// <summary>The start of category <paramref name="index"/>'s band along the category axis.</summary>
    public float BandStart(int index) => (Horizontal ? Plot.Top : Plot.Left) + (index * Band);

    /// <summary>What one unit of a tick or value label is worth: 1, or the power of ten in the caption.</summary>
    public double Unit { get; }

    public string TickText(double value, AxisScale scale) => WithSymbol(NumberText.Format(value / Unit, scale.Decimals));

    public string ValueText(double value) => WithSymbol(NumberText.Format(value / Unit));

    private string WithSymbol(string number) =>
        NumberText.ForDisplay(Spec.Unit is { } unit && NumberText.IsSymbol(unit) ? NumberText.WithUnit(number, unit) : number);

    /// <summary>The lowest and highest values the axis must show: single values, or the sums of stacks.</summary>
    private static (double Low, double High) Extent(ChartSpec spec, bool stacked)
    {
        if (!stacked)
        {
            var all = spec.Series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
            return all.Count == 0 ? (0, 0) : (all.Min(), all.Max());
        }

        var low = 0.0;
        var high = 0.0;
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            low = Math.Min(low, spec.Series.Sum(s => Math.Min(0, s.Values[c])));
            high = Math.Max(high, spec.Series.Sum(s => Math.Max(0, s.Values[c])));
        }

        return (low, high);
    }

    private float LabelWidth(ChartText text, ChartSpec spec, Func<double, bool> which)
    {
        var values = Stacked ? StackTotals(spec).Where(which) : spec.Series.SelectMany(s => s.Values).Where(v => double.IsFinite(v) && which(v));
        return values.Select(v => text.Width(ValueText(v), ValueLabelSize, bold: Stacked)).DefaultIfEmpty(0).Max();
    }

    private static IEnumerable<double> StackTotals(ChartSpec spec) =>
        Enumerable.Range(0, spec.Categories.Count).SelectMany(c => new[]
        {
            spec.Series.Sum(s => Math.Max(0, s.Values[c])),
            spec.Series.Sum(s => Math.Min(0, s.Values[c])),
        }).Where(v => v != 0);
}
