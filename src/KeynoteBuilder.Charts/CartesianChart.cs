using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>Draws column, bar, stacked and line charts: grid, zero baseline, ticks, category labels, marks and value labels.</summary>
internal sealed class CartesianChart : IChartDrawing
{
    private readonly CartesianLayout _layout;
    private readonly ChartText _text;

    public CartesianChart(CartesianLayout layout, ChartText text)
    {
        _layout = layout;
        _text = text;
        var labels = Spec.Kind == ChartKind.Line ? LineLabels() : BarLabels();
        ValueLabels = ValueLabelPlacer.Place(labels, text, layout.ValueLabelSize, Bounds, Markers());
    }

    /// <summary>The value labels that are drawn, each where it goes: no two overlap.</summary>
    public IReadOnlyList<ValueLabel> ValueLabels { get; }

    private ChartLook Look => _layout.Look;

    private ChartSpec Spec => _layout.Spec;

    /// <summary>Where value labels may go: above the category labels, inside the picture.</summary>
    private SKRect Bounds => _layout.Horizontal
        ? new SKRect(0, 0, _layout.Width, _layout.Plot.Bottom)
        : new SKRect(0, 0, _layout.Width, _layout.Plot.Bottom + (Look.TextSize * 0.3f));

    public void Draw(SKCanvas canvas, float width)
    {
        _layout.Legend?.Draw(canvas, width / 2, _layout.LegendTop);
        if (_layout.Caption is { } caption)
        {
            _text.Draw(canvas, caption, _layout.Horizontal ? _layout.Values.From : _layout.Look.Padding, _layout.CaptionBaseline, Look.TextSize, Look.MutedText);
        }

        DrawGrid(canvas);
        DrawCategoryLabels(canvas);
        if (Spec.Kind == ChartKind.Line)
        {
            DrawLines(canvas);
        }
        else
        {
            DrawBars(canvas);
        }

        // The zero baseline goes over the bars' ends, so every bar visibly starts from it. An axis that
        // does not reach zero gets no strong line: it must not pass for zero.
        using var axis = ChartLook.Stroke(_layout.Baseline == 0 ? Look.Axis : Look.Grid, _layout.Baseline == 0 ? 1.5f : 1f);
        axis.StrokeCap = SKStrokeCap.Butt;
        var zero = _layout.At(_layout.Baseline);
        if (_layout.Horizontal)
        {
            canvas.DrawLine(zero, _layout.Plot.Top, zero, _layout.Plot.Bottom, axis);
        }
        else
        {
            canvas.DrawLine(_layout.Plot.Left, zero, _layout.Plot.Right, zero, axis);
        }

        // Value labels go on last, over every mark.
        foreach (var label in ValueLabels)
        {
            _text.Draw(canvas, label.Text, label.X, label.Y, _layout.ValueLabelSize, label.Color, label.Align, label.Bold);
        }
    }

    private void DrawGrid(SKCanvas canvas)
    {
        using var grid = ChartLook.Stroke(Look.Grid, 1f);
        grid.StrokeCap = SKStrokeCap.Butt;
        var size = Look.TextSize;
        foreach (var tick in _layout.Scale.Ticks)
        {
            var at = _layout.At(tick);
            var label = _layout.TickText(tick, _layout.Scale);
            if (_layout.Horizontal)
            {
                canvas.DrawLine(at, _layout.Plot.Top, at, _layout.Plot.Bottom, grid);
                _text.Draw(canvas, label, at, _layout.Plot.Bottom + (size * 0.2f) + _text.Baseline(size), size, Look.MutedText, TextAlign.Center);
            }
            else
            {
                canvas.DrawLine(_layout.Plot.Left, at, _layout.Plot.Right, at, grid);
                var baseline = at - (ChartText.LineHeight(size) / 2) + _text.Baseline(size);
                _text.Draw(canvas, label, _layout.Plot.Left - (size * 0.5f), baseline, size, Look.MutedText, TextAlign.Right);
            }
        }
    }

    private void DrawCategoryLabels(SKCanvas canvas)
    {
        var size = Look.TextSize;
        var line = ChartText.LineHeight(size);
        for (var i = 0; i < Spec.Categories.Count; i++)
        {
            var lines = _layout.Labels.Lines[i];
            var start = _layout.BandStart(i);
            if (_layout.Horizontal)
            {
                var top = start + ((_layout.Band - (lines.Count * line)) / 2);
                _text.DrawLines(canvas, lines, _layout.Plot.Left - (size * 0.5f), top, size, Look.Text, TextAlign.Right);
            }
            else
            {
                _text.DrawLines(canvas, lines, start + (_layout.Band / 2), _layout.Plot.Bottom + (size * 0.3f), size, Look.Text, TextAlign.Center);
            }
        }

        if (_layout.CategoryTitle is { } title)
        {
            _text.Draw(canvas, title.Text, title.X, title.Baseline, size, Look.MutedText, title.Align);
        }
    }

    /// <summary>Every bar or stack segment: its series, category, value and rectangle.</summary>
    private IEnumerable<(int Series, int Category, double Value, SKRect Rect)> Bars()
    {
        var series = Spec.Series.Count;
        var group = GroupWidth;
        var thickness = _layout.Stacked ? group : group / series;
        for (var c = 0; c < Spec.Categories.Count; c++)
        {
            var start = _layout.BandStart(c) + ((_layout.Band - group) / 2);
            double up = 0, down = 0;
            for (var s = 0; s < series; s++)
            {
                var value = Spec.Series[s].Values[c];
                double from = _layout.Baseline, to = value;
                if (_layout.Stacked)
                {
                    from = value >= 0 ? up : down;
                    to = from + value;
                    (up, down) = value >= 0 ? (to, down) : (up, to);
                }

                var offset = _layout.Stacked ? start : start + (s * thickness);
                yield return (s, c, value, Rect(offset, thickness, _layout.At(from), _layout.At(to)));
            }
        }
    }

    private float GroupWidth => _layout.Band * (Spec.Series.Count == 1 || _layout.Stacked ? 0.62f : 0.78f);

    private void DrawBars(SKCanvas canvas)
    {
        foreach (var (s, _, value, bar) in Bars())
        {
            using var fill = ChartLook.Fill(Look.Series[s]);
            canvas.DrawRect(bar, fill);
            if (_layout.Stacked && value != 0)
            {
                // A hairline of background between segments keeps similar greys apart in print.
                using var edge = ChartLook.Stroke(Look.Background, 1f);
                canvas.DrawRect(bar, edge);
            }
        }
    }

    /// <summary>
    /// Value labels of bars: past each bar's end, or a stack's total past its end and each segment's
    /// value inside it. When neighbouring labels would run into each other (wider than the columns
    /// are apart, or taller than the bars), the outside labels are left out: overlapping numbers help
    /// nobody, and the alt text and notes still carry every value.
    /// </summary>
    private List<ValueLabel> BarLabels()
    {
        var labels = new List<ValueLabel>();
        if (!Spec.Labels)
        {
            return labels;
        }

        var group = GroupWidth;
        foreach (var (s, c, value, bar) in Bars())
        {
            if (_layout.Stacked)
            {
                if (value != 0)
                {
                    AddInsideLabel(labels, bar, value, Look.Series[s]);
                }

                if (s == Spec.Series.Count - 1)
                {
                    var start = _layout.BandStart(c) + ((_layout.Band - group) / 2);
                    var up = Spec.Series.Sum(x => Math.Max(0, x.Values[c]));
                    var down = Spec.Series.Sum(x => Math.Min(0, x.Values[c]));
                    if (up > 0)
                    {
                        labels.Add(OutsideLabel(Rect(start, group, _layout.At(0), _layout.At(up)), up, bold: true));
                    }

                    if (down < 0)
                    {
                        labels.Add(OutsideLabel(Rect(start, group, _layout.At(0), _layout.At(down)), down, bold: true));
                    }
                }
            }
            else
            {
                labels.Add(OutsideLabel(bar, value, bold: false));
            }
        }

        var spacing = Spec.Series.Count > 1 && !_layout.Stacked ? group / Spec.Series.Count : _layout.Band;
        var size = _layout.ValueLabelSize;
        var crowded = _layout.Horizontal
            ? ChartText.LineHeight(size) > spacing * 1.02f
            : labels.Any(l => !l.Inside && _text.Width(l.Text, size, l.Bold) > spacing * 0.98f);
        return crowded ? labels.Where(l => l.Inside).ToList() : labels;
    }

    private void DrawLines(SKCanvas canvas)
    {
        var size = Look.TextSize;
        for (var s = 0; s < Spec.Series.Count; s++)
        {
            var points = Points(s);
            using var stroke = ChartLook.Stroke(Look.Series[s], size * 0.2f);
            using var builder = new SKPathBuilder();

            // A missing value (NaN) breaks the line: each run of present values is its own stroke.
            for (var start = 0; start < points.Length;)
            {
                var end = start;
                while (end < points.Length && !float.IsNaN(points[end].Y))
                {
                    end++;
                }

                if (end - start > 1)
                {
                    builder.AddPoly(points[start..end], close: false);
                }

                start = end + 1;
            }

            using var path = builder.Detach();
            canvas.DrawPath(path, stroke);
            using var marker = ChartLook.Fill(Look.Series[s]);
            using var ring = ChartLook.Stroke(Look.Background, size * 0.1f);
            foreach (var point in points.Where(p => !float.IsNaN(p.Y)))
            {
                canvas.DrawCircle(point, size * 0.3f, marker);
                canvas.DrawCircle(point, size * 0.3f, ring);
            }
        }
    }

    private SKPoint[] Points(int series) =>
        Spec.Series[series].Values.Select((v, c) => new SKPoint(_layout.BandStart(c) + (_layout.Band / 2), _layout.At(v))).ToArray();

    /// <summary>
    /// Value labels of lines. Where several series meet at a category, the topmost point is labelled
    /// above and the lowest below, so each number sits beside its own point; points between them are
    /// labelled only where there is room. The placer drops what fits nowhere (the alt text keeps it).
    /// </summary>
    private List<ValueLabel> LineLabels()
    {
        var labels = new List<(int Rank, ValueLabel Label)>();
        if (!Spec.Labels)
        {
            return [];
        }

        var size = _layout.ValueLabelSize;
        var above = -(size * 0.55f);
        var below = (size * 0.55f) + _text.Baseline(size) - (size * 0.1f);
        var points = Enumerable.Range(0, Spec.Series.Count).Select(Points).ToArray();
        for (var c = 0; c < Spec.Categories.Count; c++)
        {
            var here = Enumerable.Range(0, points.Length).Where(s => !float.IsNaN(points[s][c].Y)).OrderBy(s => points[s][c].Y).ThenBy(s => s).ToList();
            for (var k = 0; k < here.Count; k++)
            {
                var value = Spec.Series[here[k]].Values[c];
                var point = points[here[k]][c];
                var (rank, first, second) = here.Count == 1
                    ? (0, value >= 0 ? above : below, value >= 0 ? below : above)
                    : k == 0 ? (0, above, below) : k == here.Count - 1 ? (1, below, above) : (2, above, below);
                labels.Add((rank, new(point.X, point.Y + first, _layout.ValueText(value), Look.Text, false, TextAlign.Center)
                {
                    Alternative = point.Y + second,
                }));
            }
        }

        // Labels wider than the categories are apart would collide with their neighbours: none are shown.
        if (labels.Any(l => _text.Width(l.Label.Text, size) > _layout.Band * 0.98f))
        {
            return [];
        }

        return labels.OrderBy(l => l.Rank).Select(l => l.Label).ToList();
    }

    /// <summary>The markers of every line, which no value label may cover.</summary>
    private List<SKRect> Markers()
    {
        var radius = Look.TextSize * 0.3f;
        return Spec.Kind != ChartKind.Line || !Spec.Labels
            ? []
            : Enumerable.Range(0, Spec.Series.Count).SelectMany(Points).Where(p => !float.IsNaN(p.Y))
                .Select(p => new SKRect(p.X - radius, p.Y - radius, p.X + radius, p.Y + radius)).ToList();
    }

    /// <summary>A bar from value coordinate <paramref name="from"/> to <paramref name="to"/>, across <paramref name="thickness"/> from <paramref name="offset"/>.</summary>
    private SKRect Rect(float offset, float thickness, float from, float to) => _layout.Horizontal
        ? new SKRect(Math.Min(from, to), offset, Math.Max(from, to), offset + thickness)
        : new SKRect(offset, Math.Min(from, to), offset + thickness, Math.Max(from, to));

    /// <summary>A value label just past the end of a bar: above or below a column, right or left of a bar.</summary>
    private ValueLabel OutsideLabel(SKRect bar, double value, bool bold)
    {
        var size = _layout.ValueLabelSize;
        var label = _layout.ValueText(value);
        if (_layout.Horizontal)
        {
            var baseline = bar.MidY - (ChartText.LineHeight(size) / 2) + _text.Baseline(size);
            return value >= 0
                ? new(bar.Right + (size * 0.3f), baseline, label, Look.Text, bold, TextAlign.Left)
                : new(bar.Left - (size * 0.3f), baseline, label, Look.Text, bold, TextAlign.Right);
        }

        return value >= 0
            ? new(bar.MidX, bar.Top - (size * 0.3f), label, Look.Text, bold, TextAlign.Center)
            : new(bar.MidX, bar.Bottom + (size * 0.1f) + _text.Baseline(size), label, Look.Text, bold, TextAlign.Center);
    }

    /// <summary>A segment's value centred inside it, when the segment is big enough to hold it.</summary>
    private void AddInsideLabel(List<ValueLabel> labels, SKRect segment, double value, SKColor fill)
    {
        var size = _layout.ValueLabelSize;
        var label = _layout.ValueText(value);
        if (segment.Height < ChartText.LineHeight(size) || segment.Width < _text.Width(label, size) + (size * 0.4f))
        {
            return;
        }

        var baseline = segment.MidY - (ChartText.LineHeight(size) / 2) + _text.Baseline(size);
        labels.Add(new(segment.MidX, baseline, label, Palette.TextOn(fill), false, TextAlign.Center, Inside: true));
    }
}
