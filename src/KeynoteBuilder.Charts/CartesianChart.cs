using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>Draws column, bar, stacked and line charts: grid, zero baseline, ticks, category labels, marks and value labels.</summary>
internal sealed class CartesianChart(CartesianLayout layout, ChartText text) : IChartDrawing
{
    private ChartLook Look => layout.Look;

    private ChartSpec Spec => layout.Spec;

    public void Draw(SKCanvas canvas, float width)
    {
        layout.Legend?.Draw(canvas, width / 2, layout.LegendTop);
        if (layout.Caption is { } caption)
        {
            text.Draw(canvas, caption, layout.Horizontal ? layout.Values.From : layout.Look.Padding, layout.CaptionBaseline, Look.TextSize, Look.MutedText);
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

        // The zero baseline goes over the bars' ends, so every bar visibly starts from it.
        using var axis = ChartLook.Stroke(Look.Axis, 1.5f);
        axis.StrokeCap = SKStrokeCap.Butt;
        var zero = layout.At(0);
        if (layout.Horizontal)
        {
            canvas.DrawLine(zero, layout.Plot.Top, zero, layout.Plot.Bottom, axis);
        }
        else
        {
            canvas.DrawLine(layout.Plot.Left, zero, layout.Plot.Right, zero, axis);
        }
    }

    private void DrawGrid(SKCanvas canvas)
    {
        using var grid = ChartLook.Stroke(Look.Grid, 1f);
        grid.StrokeCap = SKStrokeCap.Butt;
        var size = Look.TextSize;
        foreach (var tick in layout.Scale.Ticks)
        {
            var at = layout.At(tick);
            var label = layout.TickText(tick, layout.Scale);
            if (layout.Horizontal)
            {
                canvas.DrawLine(at, layout.Plot.Top, at, layout.Plot.Bottom, grid);
                text.Draw(canvas, label, at, layout.Plot.Bottom + (size * 0.2f) + text.Baseline(size), size, Look.MutedText, TextAlign.Center);
            }
            else
            {
                canvas.DrawLine(layout.Plot.Left, at, layout.Plot.Right, at, grid);
                var baseline = at - (ChartText.LineHeight(size) / 2) + text.Baseline(size);
                text.Draw(canvas, label, layout.Plot.Left - (size * 0.5f), baseline, size, Look.MutedText, TextAlign.Right);
            }
        }
    }

    private void DrawCategoryLabels(SKCanvas canvas)
    {
        var size = Look.TextSize;
        var line = ChartText.LineHeight(size);
        for (var i = 0; i < Spec.Categories.Count; i++)
        {
            var lines = layout.Labels.Lines[i];
            var start = layout.BandStart(i);
            if (layout.Horizontal)
            {
                var top = start + ((layout.Band - (lines.Count * line)) / 2);
                text.DrawLines(canvas, lines, layout.Plot.Left - (size * 0.5f), top, size, Look.Text, TextAlign.Right);
            }
            else
            {
                text.DrawLines(canvas, lines, start + (layout.Band / 2), layout.Plot.Bottom + (size * 0.3f), size, Look.Text, TextAlign.Center);
            }
        }
    }

    private void DrawBars(SKCanvas canvas)
    {
        var series = Spec.Series.Count;
        var group = layout.Band * (series == 1 || layout.Stacked ? 0.62f : 0.78f);
        var thickness = layout.Stacked ? group : group / series;
        var labels = new List<ValueLabel>();
        for (var c = 0; c < Spec.Categories.Count; c++)
        {
            var start = layout.BandStart(c) + ((layout.Band - group) / 2);
            double up = 0, down = 0;
            for (var s = 0; s < series; s++)
            {
                var value = Spec.Series[s].Values[c];
                double from = 0, to = value;
                if (layout.Stacked)
                {
                    from = value >= 0 ? up : down;
                    to = from + value;
                    (up, down) = value >= 0 ? (to, down) : (up, to);
                }

                var offset = layout.Stacked ? start : start + (s * thickness);
                var bar = Rect(offset, thickness, layout.At(from), layout.At(to));
                using var fill = ChartLook.Fill(Look.Series[s]);
                canvas.DrawRect(bar, fill);
                if (layout.Stacked && value != 0)
                {
                    // A hairline of background between segments keeps similar greys apart in print.
                    using var edge = ChartLook.Stroke(Look.Background, 1f);
                    canvas.DrawRect(bar, edge);
                    AddInsideLabel(labels, bar, value, Look.Series[s]);
                }
                else if (Spec.Labels && !layout.Stacked)
                {
                    labels.Add(OutsideLabel(bar, value, layout.ValueText(value), bold: false));
                }
            }

            if (layout.Stacked && Spec.Labels)
            {
                if (up > 0)
                {
                    labels.Add(OutsideLabel(Rect(start, thickness, layout.At(0), layout.At(up)), up, layout.ValueText(up), bold: true));
                }

                if (down < 0)
                {
                    labels.Add(OutsideLabel(Rect(start, thickness, layout.At(0), layout.At(down)), down, layout.ValueText(down), bold: true));
                }
            }
        }

        DrawLabels(canvas, labels, series > 1 && !layout.Stacked ? thickness : layout.Band);
    }

    private void DrawLines(SKCanvas canvas)
    {
        var size = Look.TextSize;
        var labels = new List<ValueLabel>();
        for (var s = 0; s < Spec.Series.Count; s++)
        {
            var points = Spec.Series[s].Values.Select((v, c) => new SKPoint(layout.BandStart(c) + (layout.Band / 2), layout.At(v))).ToArray();
            using var stroke = ChartLook.Stroke(Look.Series[s], size * 0.2f);
            using var builder = new SKPathBuilder();
            builder.AddPoly(points, close: false);
            using var path = builder.Detach();
            canvas.DrawPath(path, stroke);
            using var marker = ChartLook.Fill(Look.Series[s]);
            using var ring = ChartLook.Stroke(Look.Background, size * 0.1f);
            foreach (var point in points)
            {
                canvas.DrawCircle(point, size * 0.3f, marker);
                canvas.DrawCircle(point, size * 0.3f, ring);
            }

            if (Spec.Labels)
            {
                for (var c = 0; c < points.Length; c++)
                {
                    var value = Spec.Series[s].Values[c];
                    var y = value >= 0 ? points[c].Y - (size * 0.55f) : points[c].Y + (size * 0.55f) + text.Baseline(size) - (size * 0.1f);
                    labels.Add(new(points[c].X, y, layout.ValueText(value), Look.Text, false, TextAlign.Center));
                }
            }
        }

        DrawLabels(canvas, labels, layout.Band);
    }

    /// <summary>A bar from value coordinate <paramref name="from"/> to <paramref name="to"/>, across <paramref name="thickness"/> from <paramref name="offset"/>.</summary>
    private SKRect Rect(float offset, float thickness, float from, float to) => layout.Horizontal
        ? new SKRect(Math.Min(from, to), offset, Math.Max(from, to), offset + thickness)
        : new SKRect(offset, Math.Min(from, to), offset + thickness, Math.Max(from, to));

    /// <summary>A value label just past the end of a bar: above or below a column, right or left of a bar.</summary>
    private ValueLabel OutsideLabel(SKRect bar, double value, string label, bool bold)
    {
        var size = layout.ValueLabelSize;
        if (layout.Horizontal)
        {
            var baseline = bar.MidY - (ChartText.LineHeight(size) / 2) + text.Baseline(size);
            return value >= 0
                ? new(bar.Right + (size * 0.3f), baseline, label, Look.Text, bold, TextAlign.Left)
                : new(bar.Left - (size * 0.3f), baseline, label, Look.Text, bold, TextAlign.Right);
        }

        return value >= 0
            ? new(bar.MidX, bar.Top - (size * 0.3f), label, Look.Text, bold, TextAlign.Center)
            : new(bar.MidX, bar.Bottom + (size * 0.1f) + text.Baseline(size), label, Look.Text, bold, TextAlign.Center);
    }

    /// <summary>A segment's value centred inside it, when the segment is big enough to hold it.</summary>
    private void AddInsideLabel(List<ValueLabel> labels, SKRect segment, double value, SKColor fill)
    {
        var size = layout.ValueLabelSize;
        var label = layout.ValueText(value);
        if (!Spec.Labels || segment.Height < ChartText.LineHeight(size) || segment.Width < text.Width(label, size) + (size * 0.4f))
        {
            return;
        }

        var baseline = segment.MidY - (ChartText.LineHeight(size) / 2) + text.Baseline(size);
        labels.Add(new(segment.MidX, baseline, label, Palette.TextOn(fill), false, TextAlign.Center, Inside: true));
    }

    /// <summary>
    /// Value labels go on last, over every mark. When neighbouring labels would run into each other
    /// (wider than the columns are apart, or taller than the bars), the outside labels are left out:
    /// overlapping numbers help nobody, and the alt text and notes still carry every value.
    /// </summary>
    private void DrawLabels(SKCanvas canvas, List<ValueLabel> labels, float spacing)
    {
        var size = layout.ValueLabelSize;
        var crowded = layout.Horizontal
            ? ChartText.LineHeight(size) > spacing * 1.02f
            : labels.Any(l => !l.Inside && text.Width(l.Text, size, l.Bold) > spacing * 0.98f);
        foreach (var label in labels.Where(l => l.Inside || !crowded))
        {
            text.Draw(canvas, label.Text, label.X, label.Y, size, label.Color, label.Align, label.Bold);
        }
    }

    private readonly record struct ValueLabel(float X, float Y, string Text, SKColor Color, bool Bold, TextAlign Align, bool Inside = false);
}
