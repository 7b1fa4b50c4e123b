using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>A row (or rows) of colour swatches and series names, centred above the plot.</summary>
internal sealed class Legend
{
    private readonly List<List<(string Name, SKColor Color, float Width)>> _rows = [];
    private readonly ChartLook _look;
    private readonly ChartText _text;

    public Legend(IReadOnlyList<string> names, ChartLook look, ChartText text, float maxWidth)
    {
        _look = look;
        _text = text;
        var size = look.TextSize;
        var swatch = Swatch;
        var row = new List<(string, SKColor, float)>();
        var rowWidth = 0f;
        for (var i = 0; i < names.Count; i++)
        {
            var label = text.Wrap(names[i], size, maxWidth - swatch - Gap, 1)[0];
            var width = swatch + (size * 0.35f) + text.Width(label, size);
            if (row.Count > 0 && rowWidth + Gap + width > maxWidth)
            {
                _rows.Add(row);
                row = [];
                rowWidth = 0;
            }

            rowWidth += (row.Count > 0 ? Gap : 0) + width;
            row.Add((label, look.Series[i], width));
        }

        if (row.Count > 0)
        {
            _rows.Add(row);
        }
    }

    public float Height => _rows.Count * ChartText.LineHeight(_look.TextSize) * 1.1f;

    private float Swatch => _look.TextSize * 0.8f;

    private float Gap => _look.TextSize * 1.2f;

    public void Draw(SKCanvas canvas, float centreX, float top)
    {
        var size = _look.TextSize;
        var line = ChartText.LineHeight(size) * 1.1f;
        foreach (var row in _rows)
        {
            var x = centreX - ((row.Sum(r => r.Width) + (Gap * (row.Count - 1))) / 2);
            foreach (var (name, color, width) in row)
            {
                using var fill = ChartLook.Fill(color);
                var swatchTop = top + ((line - Swatch) / 2);
                canvas.DrawRect(x, swatchTop, Swatch, Swatch, fill);
                _text.Draw(canvas, name, x + Swatch + (size * 0.35f), top + ((line - ChartText.LineHeight(size)) / 2) + _text.Baseline(size), size, _look.Text);
                x += width + Gap;
            }

            top += line;
        }
    }
}
