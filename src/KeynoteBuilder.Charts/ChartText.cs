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
/// Measures, wraps and draws chart text in the bundled faces and the deck's extra fonts. Text is drawn as
/// glyph outlines (paths), so the SVG needs no font and the PNG and SVG agree to the pixel.
/// One instance per rendering: SKFont is not safe to share between threads.
/// </summary>
/// <remarks>
/// Text the bundled face draws as it stands (Latin, Greek, Cyrillic: no marks, no right-to-left letters)
/// takes the plain path, glyph advances as the face gives them, the path every chart took before
/// shaping came. Any other text is <see cref="ShapedText">shaped</see>: split into runs by direction and
/// by face, each run shaped by HarfBuzz; it is measured from the same shaped runs it is drawn from.
/// </remarks>
/// <remarks>
/// The work is bounded by what a picture can show, never by how long a label is: text beyond
/// <see cref="MeasureLimit"/> characters is neither measured nor drawn, wrapping looks only at the characters
/// that could fit its lines, and shortening finds its cut by binary search. A 16,000-character
/// category costs what a 500-character one does; the alt text keeps the full text.
/// </remarks>
internal sealed class ChartText(MeasureCount? count = null, FontChain? fonts = null) : IDisposable
{
    /// <summary>
    /// No chart text is measured or drawn past this many characters: at the smallest chart text size and
    /// the narrowest glyph, that is more than twice the widest slide.
    /// </summary>
    public const int MeasureLimit = 1000;

    /// <summary>
    /// Draw text as text (a PDF page: selectable, searchable, the font embedded) rather than as outlines
    /// (the SVG, which embeds no font).
    /// </summary>
    public bool AsText { get; init; }

    /// <summary>The narrowest advance of a printable glyph in the bundled faces, in em (the apostrophe is 0.19).</summary>
    private const float NarrowestGlyph = 0.15f;

    private const string Ellipsis = "\u2026";
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly ShapedText _shaped = new(fonts ?? FontChain.Bundled, count);

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

    /// <summary>The width of <paramref name="text"/> (of its first <see cref="MeasureLimit"/> characters, all a picture can show).</summary>
    public float Width(string text, float size, bool bold = false)
    {
        text = Clip(text, MeasureLimit);
        if (!ShapedText.IsPlain(text))
        {
            return _shaped.Width(text, size, bold);
        }

        if (text.AsSpan().IndexOfAny(Superscript.Characters) < 0)
        {
            return text.Length == 0 ? 0 : Measure(Font(size, bold), text);
        }

        return Superscript.Runs(text).Sum(run => Measure(Font(run.Raised ? size * Superscript.Scale : size, bold), run.Text));
    }

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
        // Only the characters that could fit on the lines at the narrowest glyph are looked at.
        var visible = Clip(text, Math.Min(MeasureLimit, maxLines * ((int)(Math.Max(0, maxWidth) / (size * NarrowestGlyph)) + 2)));
        var cut = visible.Length < text.Length;
        var words = Printable(visible).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var index = 0;
        while (index < words.Length && lines.Count < maxLines)
        {
            // A single word wider than the line takes the line alone, shortened.
            var taken = Math.Max(1, WordsThatFit(words, index, size, maxWidth, bold));
            var line = string.Join(' ', words, index, taken);
            index += taken;
            var more = index < words.Length || cut;
            lines.Add(Fit(line, size, maxWidth, bold, force: more && lines.Count == maxLines - 1));
        }

        if (lines.Count == 0 && cut)
        {
            lines.Add(Ellipsis);
        }

        return lines;
    }

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, float size, SKColor color, TextAlign align = TextAlign.Left, bool bold = false)
    {
        text = Printable(Clip(text, MeasureLimit));
        if (text.Length == 0)
        {
            return;
        }

        var width = Width(text, size, bold);
        var left = align switch
        {
            TextAlign.Center => x - (width / 2),
            TextAlign.Right => x - width,
            _ => x,
        };
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        if (!ShapedText.IsPlain(text))
        {
            _shaped.Draw(canvas, paint, text, left, baseline, size, bold);
            return;
        }

        foreach (var run in Superscript.Runs(text))
        {
            var font = Font(run.Raised ? size * Superscript.Scale : size, bold);
            count?.Add(run.Text.Length);
            var at = new SKPoint(left, run.Raised ? baseline - (size * Superscript.Rise) : baseline);
            if (AsText)
            {
                canvas.DrawText(run.Text, at, SKTextAlign.Left, font, paint);
            }
            else
            {
                using var path = font.GetTextPath(run.Text, at);
                canvas.DrawPath(path, paint);
            }
            left += Measure(font, run.Text);
        }
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

        _shaped.Dispose();
    }

    /// <summary>The first <paramref name="limit"/> characters of <paramref name="text"/>, never half a surrogate pair.</summary>
    private static string Clip(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        return text[..(limit > 0 && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit)];
    }

    // Control characters have no glyph and would draw as boxes; new lines are wrapped as spaces.
    private static string Printable(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }
    }).Trim();

    private float Measure(SKFont font, string text)
    {
        count?.Add(text.Length);
        return font.MeasureText(text);
    }

    /// <summary>
    /// How many words from <paramref name="start"/> fit on one line: doubling, then halving, so a line of
    /// k words costs about log k measurements of at most twice its length.
    /// </summary>
    private int WordsThatFit(string[] words, int start, float size, float maxWidth, bool bold)
    {
        bool Fits(int n) => Width(string.Join(' ', words, start, n), size, bold) <= maxWidth;
        var available = words.Length - start;
        var fits = 0;
        var tooMany = available + 1;
        for (var n = 1; n <= available; n *= 2)
        {
            if (!Fits(n))
            {
                tooMany = n;
                break;
            }

            fits = n;
        }

        tooMany = Math.Min(tooMany, available + 1);
        while (tooMany - fits > 1)
        {
            var mid = fits + ((tooMany - fits) / 2);
            (fits, tooMany) = Fits(mid) ? (mid, tooMany) : (fits, mid);
        }

        return fits;
    }

    /// <summary>
    /// The text, or as much of it as fits followed by an ellipsis (always, with <paramref name="force"/>).
    /// Widths grow with the prefix, so a binary search finds the longest one in log n measurements.
    /// </summary>
    private string Fit(string text, float size, float maxWidth, bool bold, bool force)
    {
        if (!force && Width(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var fits = 0;
        var tooLong = text.Length + 1;
        while (tooLong - fits > 1)
        {
            var mid = fits + ((tooLong - fits) / 2);
            (fits, tooLong) = Width(Prefix(text, mid) + Ellipsis, size, bold) <= maxWidth ? (mid, tooLong) : (fits, mid);
        }

        return Prefix(text, fits) + Ellipsis;
    }

    /// <summary>The first <paramref name="length"/> characters without trailing spaces, never half a surrogate pair.</summary>
    private static string Prefix(string text, int length) =>
        text[..(length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)].TrimEnd();
}

/// <summary>Counts the characters a renderer measures and draws: tests check that label fitting stays near-linear.</summary>
internal sealed class MeasureCount
{
    private long _characters;

    public long Characters => Interlocked.Read(ref _characters);

    public void Add(int characters) => Interlocked.Add(ref _characters, characters);
}
