using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>Where a line of text sits relative to the x it is drawn at.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// Measures, wraps and draws chart text in the bundled faces. Text is drawn as glyph outlines
/// (paths), so the SVG needs no font and the PNG and SVG agree to the pixel.
/// One instance per rendering: SKFont is not safe to share between threads.
/// </summary>
internal sealed class ChartText : IDisposable
{
    private const string Ellipsis = "\u2026";
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];

    public SKFont Font(float size, bool bold = false)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new SKFont(FontSet.Shared.Get(bold, italic: false), size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    public float Width(string text, float size, bool bold = false) => text.Length == 0 ? 0 : Font(size, bold).MeasureText(text);

    /// <summary>Distance between baselines.</summary>
    public static float LineHeight(float size) => size * 1.2f;

    /// <summary>From the top of a line box to its baseline: the face's ascent, centred in the 1.2 em line.</summary>
    public float Baseline(float size) => (size * 0.1f) - Font(size).Metrics.Ascent;

    /// <summary>
    /// Breaks <paramref name="text"/> at spaces into at most <paramref name="maxLines"/> lines no wider than
    /// <paramref name="maxWidth"/>; a word that is too long, or text left over, ends in an ellipsis.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float size, float maxWidth, int maxLines, bool bold = false)
    {
        text = Printable(text);
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = "";
        var index = 0;
        while (index < words.Length)
        {
            var candidate = current.Length == 0 ? words[index] : current + " " + words[index];
            if (Width(candidate, size, bold) <= maxWidth)
            {
                current = candidate;
                index++;
                continue;
            }

            if (current.Length == 0)
            {
                // A single word wider than the space: it can only be shortened.
                current = words[index++];
            }

            if (lines.Count == maxLines - 1)
            {
                break;
            }

            lines.Add(Fit(current, size, maxWidth, bold, force: false));
            current = "";
        }

        var rest = index < words.Length;
        if (current.Length > 0 || rest)
        {
            lines.Add(Fit(current + (rest ? Ellipsis : ""), size, maxWidth, bold, force: rest));
        }

        return lines;
    }

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, float size, SKColor color, TextAlign align = TextAlign.Left, bool bold = false)
    {
        text = Printable(text);
        if (text.Length == 0)
        {
            return;
        }

        var font = Font(size, bold);
        var width = font.MeasureText(text);
        var left = align switch
        {
            TextAlign.Center => x - (width / 2),
            TextAlign.Right => x - width,
            _ => x,
        };
        using var path = font.GetTextPath(text, new SKPoint(left, baseline));
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
    }

    /// <summary>Draws lines from <paramref name="top"/> downwards, one line height apart.</summary>
    public void DrawLines(SKCanvas canvas, IReadOnlyList<string> lines, float x, float top, float size, SKColor color, TextAlign align = TextAlign.Left, bool bold = false)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Draw(canvas, lines[i], x, top + (i * LineHeight(size)) + Baseline(size), size, color, align, bold);
        }
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }

    // Control characters have no glyph and would draw as boxes; new lines are wrapped as spaces.
    private static string Printable(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }
    }).Trim();

    /// <summary>The text, or as much of it as fits followed by an ellipsis.</summary>
    private string Fit(string text, float size, float maxWidth, bool bold, bool force)
    {
        if (!force && Width(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var body = text.EndsWith(Ellipsis, StringComparison.Ordinal) ? text[..^1] : text;
        while (body.Length > 0 && Width(body.TrimEnd() + Ellipsis, size, bold) > maxWidth)
        {
            // Step back a whole surrogate pair so no half character is left behind.
            body = body[..^(body.Length > 1 && char.IsLowSurrogate(body[^1]) ? 2 : 1)];
        }

        return body.TrimEnd() + Ellipsis;
    }
}
