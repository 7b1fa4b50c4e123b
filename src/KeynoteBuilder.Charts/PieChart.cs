using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// Pie and donut charts: slices clockwise from twelve o'clock in the data's order, each named outside
/// the pie with its percentage (and value when labels are on), labels pushed apart so they never overlap.
/// A donut shows the total in its hole.
/// </summary>
internal sealed class PieChart : IChartDrawing
{
    private readonly ChartSpec _spec;
    private readonly ChartLook _look;
    private readonly ChartText _text;
    private readonly List<Slice> _slices = [];
    private readonly SKPoint _centre;
    private readonly float _radius;

    public PieChart(ChartSpec spec, float width, float height, ChartLook look, ChartText text)
    {
        _spec = spec;
        _look = look;
        _text = text;
        var size = look.TextSize;
        var values = spec.Series[0].Values;
        var percents = Percentages.Rounded(values);
        var texts = values.Select((v, i) => Label(spec.Categories[i], v, percents[i])).ToList();
        var labelWidth = Math.Min(texts.Max(t => text.Width(t, size)), width * 0.3f);
        var leader = size * 1.6f;
        _radius = Math.Max(size * 2, Math.Min((height / 2) - look.Padding - (size * 0.6f), (width / 2) - look.Padding - labelWidth - leader));
        _centre = new SKPoint(width / 2, height / 2);

        var total = values.Sum();
        var angle = -90.0;
        for (var i = 0; i < values.Count; i++)
        {
            var sweep = total > 0 ? values[i] / total * 360 : 0;
            var lines = text.Wrap(texts[i], size, labelWidth, 2);
            _slices.Add(new Slice(i, angle, sweep, lines));
            angle += sweep;
        }

        PlaceLabels(height);
    }

    public void Draw(SKCanvas canvas, float width)
    {
        var size = _look.TextSize;
        var box = new SKRect(_centre.X - _radius, _centre.Y - _radius, _centre.X + _radius, _centre.Y + _radius);
        using var separator = ChartLook.Stroke(_look.Background, 1.5f);
        foreach (var slice in _slices.Where(s => s.Sweep > 0))
        {
            using var fill = ChartLook.Fill(_look.Series[slice.Index]);
            using var builder = new SKPathBuilder();
            if (slice.Sweep >= 359.999)
            {
                builder.AddOval(box, SKPathDirection.Clockwise);
            }
            else
            {
                builder.MoveTo(_centre);
                builder.ArcTo(box, (float)slice.Start, (float)slice.Sweep, false);
                builder.Close();
            }

            using var path = builder.Detach();
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, separator);
        }

        if (_spec.Kind == ChartKind.Donut)
        {
            DrawHole(canvas);
        }

        using var leader = ChartLook.Stroke(_look.Axis, 1f);
        foreach (var slice in _slices.Where(s => s.Lines.Count > 0))
        {
            var mid = (slice.Start + (slice.Sweep / 2)) * Math.PI / 180;
            var (cos, sin) = ((float)Math.Cos(mid), (float)Math.Sin(mid));
            var right = slice.Right;
            var edge = new SKPoint(_centre.X + (_radius * cos), _centre.Y + (_radius * sin));
            var elbow = new SKPoint(_centre.X + ((_radius + (size * 0.5f)) * cos), slice.LabelY);
            var end = new SKPoint(_centre.X + ((_radius + (size * 1.0f)) * (right ? 1 : -1)), slice.LabelY);
            using var builder = new SKPathBuilder();
            builder.MoveTo(edge);
            builder.LineTo(elbow);
            builder.LineTo(end);
            using var path = builder.Detach();
            canvas.DrawPath(path, leader);
            var x = end.X + (size * 0.3f * (right ? 1 : -1));
            var top = slice.LabelY - (slice.Lines.Count * ChartText.LineHeight(size) / 2);
            _text.DrawLines(canvas, slice.Lines, x, top, size, _look.Text, right ? TextAlign.Left : TextAlign.Right);
        }
    }

    private void DrawHole(SKCanvas canvas)
    {
        var size = _look.TextSize;
        var hole = _radius * 0.55f;
        using var fill = ChartLook.Fill(_look.Background);
        canvas.DrawCircle(_centre, hole, fill);
        var total = NumberText.ForDisplay(NumberText.WithUnit(NumberText.Format(_spec.Series[0].Values.Sum()), _spec.Unit));
        var big = size * 1.6f;
        while (big > size && _text.Width(total, big, bold: true) > hole * 1.8f)
        {
            big -= 1;
        }

        if (_text.Width(total, big, bold: true) <= hole * 1.8f)
        {
            var baseline = _centre.Y - (ChartText.LineHeight(big) / 2) + _text.Baseline(big);
            _text.Draw(canvas, total, _centre.X, baseline, big, _look.Text, TextAlign.Center, bold: true);
        }
    }

    /// <summary>"x86 · 39%", or "x86 · 430 (39%)" with value labels on.</summary>
    private string Label(string category, double value, string percent)
    {
        var number = NumberText.ForDisplay(NumberText.WithUnit(NumberText.Format(value), _spec.Unit));
        return _spec.Labels ? $"{category} \u00B7 {number} ({percent})" : $"{category} \u00B7 {percent}";
    }

    /// <summary>
    /// Each label wants to sit level with its slice's middle; labels on the same side that would overlap
    /// are pushed down, then the column is pushed back up if it ran off the bottom.
    /// </summary>
    private void PlaceLabels(float height)
    {
        var size = _look.TextSize;
        var top = _look.Padding;
        var bottom = height - _look.Padding;
        foreach (var right in new[] { true, false })
        {
            var side = _slices.Where(s => s.Sweep > 0 && s.Right == right).OrderBy(s => s.Wanted(_centre, _radius + (size * 0.5f))).ToList();

            // More labels than the side can hold: the thinnest slices lose theirs (the alt text keeps them).
            while (side.Sum(s => s.Lines.Count) * ChartText.LineHeight(size) > bottom - top)
            {
                var thinnest = side.MinBy(s => s.Sweep)!;
                thinnest.Lines = [];
                side.Remove(thinnest);
            }
            var previous = top;
            foreach (var slice in side)
            {
                var half = slice.Lines.Count * ChartText.LineHeight(size) / 2;
                slice.LabelY = Math.Max(slice.Wanted(_centre, _radius + (size * 0.5f)), previous + half);
                previous = slice.LabelY + half;
            }

            var next = bottom;
            foreach (var slice in Enumerable.Reverse(side))
            {
                var half = slice.Lines.Count * ChartText.LineHeight(size) / 2;
                slice.LabelY = Math.Min(slice.LabelY, next - half);
                next = slice.LabelY - half;
            }
        }

        // Zero slices draw nothing and are named only in the alt text.
        foreach (var slice in _slices.Where(s => s.Sweep <= 0))
        {
            slice.Lines = [];
        }
    }

    private sealed class Slice(int index, double start, double sweep, IReadOnlyList<string> lines)
    {
        public int Index => index;

        public double Start => start;

        public double Sweep => sweep;

        public IReadOnlyList<string> Lines { get; set; } = lines;

        public float LabelY { get; set; }

        /// <summary>Labels of slices whose middle points right of twelve-six go on the right.</summary>
        public bool Right => Math.Cos((Start + (Sweep / 2)) * Math.PI / 180) >= -1e-9;

        public float Wanted(SKPoint centre, float radius) => centre.Y + (radius * (float)Math.Sin((Start + (Sweep / 2)) * Math.PI / 180));
    }
}
