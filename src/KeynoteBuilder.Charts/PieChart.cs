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
        var figures = values.Select((v, i) => Figure(v, percents[i])).ToList();

        // As large as the body's height allows, as long as every label keeps its name on one line and its
        // figures on the next beside it (long names, past 30% of the width, wrap or are shortened instead).
        var room = spec.Categories.Select((c, i) => Math.Max(text.Width(c, size), text.Width(figures[i], size))).Max();
        var wanted = Math.Min(room, width * 0.3f);
        var tallest = (height / 2) - look.Padding - (size * 0.6f);
        _radius = Math.Max(size * 2, Math.Min(tallest, (width / 2) - look.Padding - (size * LabelOffset) - wanted));
        _centre = new SKPoint(width / 2, height / 2);
        LabelWidth = Math.Max(size * 3, (width / 2) - look.Padding - (size * LabelOffset) - _radius);

        var total = values.Sum();
        var angle = -90.0;
        for (var i = 0; i < values.Count; i++)
        {
            var sweep = total > 0 ? values[i] / total * 360 : 0;
            _slices.Add(new Slice(i, angle, sweep, LabelLines(spec.Categories[i], figures[i], LabelWidth)));
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

    /// <summary>"39%", or "430 (39%)" with value labels on.</summary>
    private string Figure(double value, string percent)
    {
        var number = NumberText.ForDisplay(NumberText.WithUnit(NumberText.Format(value), _spec.Unit));
        return _spec.Labels ? $"{number} ({percent})" : percent;
    }

    /// <summary>
    /// "x86 · 430 (39%)" on one line when it fits; else the name (wrapped at spaces, two lines at most) above
    /// its figures, which are never split: a label breaks between name and number, never inside a word.
    /// </summary>
    private IReadOnlyList<string> LabelLines(string category, string figure, float width)
    {
        var size = _look.TextSize;
        var single = $"{category} \u00B7 {figure}";
        if (_text.Width(single, size) <= width)
        {
            return [single];
        }

        return [.. _text.Wrap(category, size, width, 2), .. _text.Wrap(figure, size, width, 1)];
    }

    /// <summary>From the pie's edge to where a label starts, in ems: the leader's elbow, its end and a gap.</summary>
    private const float LabelOffset = 1.3f;

    /// <summary>How wide a label may be: from its leader's end to the picture's padding.</summary>
    public float LabelWidth { get; }

    /// <summary>The pie's radius, in points.</summary>
    public float Radius => _radius;

    /// <summary>Each drawn label's lines and the box they take.</summary>
    public IEnumerable<(IReadOnlyList<string> Lines, SKRect Box)> Labels => _slices.Where(s => s.Lines.Count > 0).Select(s =>
    {
        var size = _look.TextSize;
        var height = s.Lines.Count * ChartText.LineHeight(size);
        var widest = s.Lines.Max(l => _text.Width(l, size));
        var x = _centre.X + ((_radius + (size * LabelOffset)) * (s.Right ? 1 : -1));
        var left = s.Right ? x : x - widest;
        return (s.Lines, new SKRect(left, s.LabelY - (height / 2), left + widest, s.LabelY + (height / 2)));
    });

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
            var lines = side.Sum(s => s.Lines.Count);
            foreach (var thinnest in side.OrderBy(s => s.Sweep).ToList())
            {
                if (lines * ChartText.LineHeight(size) <= bottom - top)
                {
                    break;
                }

                lines -= thinnest.Lines.Count;
                thinnest.Lines = [];
            }

            side.RemoveAll(s => s.Lines.Count == 0);
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
