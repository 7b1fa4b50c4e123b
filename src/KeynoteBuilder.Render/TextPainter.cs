using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// Draws paragraphs in a text box as the .pptx shows them: the fitter's line breaks (the same word splitting
/// and wrapping, <see cref="WordSplitter"/> and <see cref="MeasuredText.LineStarts"/>), the writer's insets,
/// bullet margins, bullets and run colours (<see cref="TextGeometry"/>, <see cref="TextLook"/>), and lines
/// spaced 1.2 em apart, as the fitter counted them and LibreOffice draws them.
/// </summary>
/// <remarks>
/// A line the bundled faces draw as it stands (Latin, Greek, Cyrillic) is drawn run by run, as before. Any
/// other line (CJK, Arabic, Hebrew, combining marks) is shaped (<see cref="LineShaper"/>): each character
/// from the first of the bundled face and the deck's <c>theme.fonts</c> that has it, right-to-left stretches
/// in visual order, and a right-to-left paragraph starts at the right with its bullet there, as the .pptx
/// writer marks it (<c>rtl="1"</c>, start alignment written as right).
/// </remarks>
internal sealed class TextPainter(DrawFonts fonts, TextFitter fitter, Theme theme, LineShaper shaper)
{
    /// <summary>The colours of the slide being drawn: the deck's, or the slide's own over a background picture.</summary>
    public Theme Theme { get; set; } = theme;

    /// <summary>Told about each line with a character that no font has (it draws as an empty box): the character and the line.</summary>
    public Action<Rune, string>? MissingGlyph { get; set; }

    /// <summary>Draws <paramref name="paragraphs"/> in <paramref name="box"/>; <paramref name="behind"/> is the colour they sit on.</summary>
    public void Draw(SKCanvas canvas, Box box, IReadOnlyList<Paragraph> paragraphs, VerticalAnchor anchor, string behind, bool links)
    {
        var inner = box.Inset(TextGeometry.InsetX, TextGeometry.InsetY);
        var laid = paragraphs.Select(p => Lay(p, inner.Width)).ToList();
        var height = laid.Sum(p => p.Height);
        var y = inner.Y + anchor switch
        {
            VerticalAnchor.Middle => (inner.Height - height) / 2,
            VerticalAnchor.Bottom => inner.Height - height,
            _ => 0,
        };
        foreach (var paragraph in laid)
        {
            y = Draw(canvas, paragraph, inner, y, behind, links);
        }
    }

    /// <summary>The height paragraphs take at <paramref name="width"/> (inner width, no insets), as <see cref="Draw"/> spaces them.</summary>
    public double Height(IReadOnlyList<Paragraph> paragraphs, double width) => paragraphs.Sum(p => Lay(p, width).Height);

    private LaidParagraph Lay(Paragraph p, double width)
    {
        var top = p.Size / TextGeometry.LevelScale(p.Level);
        var margin = p.Bullet ? TextGeometry.BulletMargin(p.Level, top) : 0;
        var runs = p.Runs;
        var starts = fitter.Measure(runs, p.Bold).LineStarts(width - margin, p.Size);
        var words = Words(runs);
        var lines = new List<Line>(starts.Count);
        for (var i = 0; i < starts.Count;)
        {
            // A word longer than the line starts each line it breaks into, so its index repeats: it is
            // broken inside itself at those lines' ends, and its last piece shares its line with the words after it.
            var first = starts[i];
            var repeats = 1;
            while (i + repeats < starts.Count && starts[i + repeats] == first)
            {
                repeats++;
            }

            var pieces = repeats == 1 ? [words[first].Start] : PieceStarts(runs, p, words[first], width - margin, repeats);
            var next = i + repeats < starts.Count ? starts[i + repeats] : words.Count;
            for (var k = 0; k < repeats; k++)
            {
                var end = k + 1 < repeats ? pieces[k + 1] : words[next - 1].End;
                var segments = Segments(runs, pieces[k], end);
                lines.Add(new Line(segments, LineMetrics(segments, runs, p)));
            }

            i += repeats;
        }

        var rightToLeft = TextScripts.IsRightToLeftText(string.Concat(runs.Select(r => r.Text)));
        return new LaidParagraph(p, runs, margin, top, lines, p.SpaceBefore + lines.Sum(l => l.Metrics.Height), rightToLeft);
    }

    private double Draw(SKCanvas canvas, LaidParagraph laid, Box inner, double y, string behind, bool links)
    {
        var p = laid.Paragraph;
        y += p.SpaceBefore;
        var available = inner.Width - laid.Margin;
        // A right-to-left paragraph is the mirror image: its margin and bullet on the right, its start alignment right.
        var left = laid.RightToLeft ? inner.X : inner.X + laid.Margin;
        var align = laid.RightToLeft && p.Align == TextAlign.Left ? TextAlign.Right : p.Align;
        for (var i = 0; i < laid.Lines.Count; i++)
        {
            var line = laid.Lines[i];
            var baseline = y + line.Metrics.Ascent;
            if (i == 0 && p.Bullet)
            {
                DrawBullet(canvas, laid, inner, baseline);
            }

            var shaped = Shape(line, laid);
            var width = shaped is null ? line.Segments.Sum(s => Width(s, laid.Runs, p)) : shaped.Sum(g => g.Width);
            var x = left + align switch
            {
                TextAlign.Center => (available - width) / 2,
                TextAlign.Right => available - width,
                _ => 0,
            };
            if (shaped is null)
            {
                foreach (var segment in line.Segments)
                {
                    var font = fonts.Get(RunFace.Of(laid.Runs[segment.Run], p.Bold), p.Size);
                    x += DrawSegment(canvas, font, segment.Text, null, laid.Runs[segment.Run], p, x, baseline, behind, links);
                }
            }
            else
            {
                foreach (var glyphs in shaped)
                {
                    var run = laid.Runs[line.Segments[glyphs.Span].Run];
                    DrawSegment(canvas, glyphs.Font, null, glyphs, run, p, x + glyphs.X, baseline, behind, links);
                }
            }

            y += line.Metrics.Height;
        }

        return y;
    }

    private void DrawBullet(SKCanvas canvas, LaidParagraph laid, Box inner, double baseline)
    {
        var p = laid.Paragraph;
        using var bulletPaint = Colors.Fill(TextLook.BulletColor(Theme, p.Level));
        var bulletFont = fonts.Get(default, p.Size);
        var bullet = TextLook.BulletChar(p.Level);
        var x = inner.X + laid.Margin - (1.1 * laid.Top);
        if (laid.RightToLeft)
        {
            x = inner.Right - (x - inner.X) - bulletFont.MeasureText(bullet);
        }

        canvas.DrawText(bullet, (float)x, (float)baseline, SKTextAlign.Left, bulletFont, bulletPaint);
    }

    /// <summary>The line shaped, or null when the bundled faces draw it run by run (every character theirs, none needing shaping, left to right).</summary>
    private IReadOnlyList<PlacedGlyphs>? Shape(Line line, LaidParagraph laid)
    {
        if (!laid.RightToLeft && line.Segments.All(s => LineShaper.IsPlain(s.Text)))
        {
            return null;
        }

        var text = new StringBuilder();
        var spans = new List<StyledSpan>(line.Segments.Count);
        foreach (var segment in line.Segments)
        {
            var face = RunFace.Of(laid.Runs[segment.Run], laid.Paragraph.Bold);
            spans.Add(new StyledSpan(text.Length, segment.Text.Length, fonts.Get(face, laid.Paragraph.Size).Typeface, face.Bold));
            text.Append(segment.Text);
        }

        var whole = text.ToString();
        if (shaper.Chain.FirstMissing(whole) is { } missing)
        {
            MissingGlyph?.Invoke(missing, whole);
        }

        return shaper.Shape(whole, spans, (float)laid.Paragraph.Size, laid.RightToLeft);
    }

    /// <summary>Draws a run's text (or its shaped glyphs) at <paramref name="x"/>, underlined and clickable when it is a link; returns its width.</summary>
    private double DrawSegment(SKCanvas canvas, SKFont font, string? text, PlacedGlyphs? glyphs, TextRun run, Paragraph p, double x, double baseline, string behind, bool links)
    {
        using var paint = Colors.Fill(TextLook.RunColor(Theme, run, p.Color, behind));
        float width;
        if (glyphs is null)
        {
            canvas.DrawText(text, (float)x, (float)baseline, SKTextAlign.Left, font, paint);
            width = font.MeasureText(text);
        }
        else
        {
            DrawGlyphs(canvas, glyphs, (float)x, (float)baseline, paint);
            width = glyphs.Width;
        }

        if (run.Link is { } link)
        {
            var metrics = font.Metrics;
            var thickness = metrics.UnderlineThickness is > 0 and var t ? t : font.Size / 14;
            var under = (float)baseline + (metrics.UnderlinePosition ?? font.Size / 10);
            canvas.DrawRect((float)x, under, width, (float)thickness, paint);
            if (links)
            {
                canvas.DrawUrlAnnotation(new SKRect((float)x, (float)baseline + metrics.Ascent, (float)x + width, (float)baseline + metrics.Descent), link);
            }
        }

        return width;
    }

    /// <summary>Shaped glyphs as a text blob that keeps their characters: on a PDF page, real text that can be selected and searched.</summary>
    private static void DrawGlyphs(SKCanvas canvas, PlacedGlyphs glyphs, float x, float baseline, SKPaint paint)
    {
        if (glyphs.Glyphs.Length == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(glyphs.Font, glyphs.Glyphs.Length, glyphs.Text.Length);
        buffer.SetGlyphs(glyphs.Glyphs);
        buffer.SetPositions(glyphs.Positions);
        buffer.SetText(glyphs.Text);
        buffer.SetClusters(glyphs.Clusters);
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, baseline, paint);
        }
    }

    private double Width(Segment segment, IReadOnlyList<TextRun> runs, Paragraph p) =>
        fonts.Get(RunFace.Of(runs[segment.Run], p.Bold), p.Size).MeasureText(segment.Text);

    /// <summary>
    /// Where each of the <paramref name="count"/> lines a word longer than <paramref name="width"/> breaks into
    /// starts, between characters (a letter with its marks, a surrogate pair, kept whole). The fitter counts the
    /// word as flowing across its lines at exactly the line's width (<see cref="MeasuredText.LineStarts"/>):
    /// each line ends before the first character that would end past its end in that flow, so a line is never
    /// more than a character wider than the box and the lines are as many as the fitter counted.
    /// </summary>
    private List<Position> PieceStarts(IReadOnlyList<TextRun> runs, Paragraph p, (Position Start, Position End) word, double width, int count)
    {
        var starts = new List<Position>(count) { word.Start };
        var x = 0.0;
        for (var r = word.Start.Run; r <= word.End.Run && r < runs.Count; r++)
        {
            var font = fonts.Get(RunFace.Of(runs[r], p.Bold), p.Size);
            var text = runs[r].Text;
            var end = r == word.End.Run ? word.End.Index : text.Length;
            for (var c = r == word.Start.Run ? word.Start.Index : 0; c < end;)
            {
                var length = Math.Max(1, System.Globalization.StringInfo.GetNextTextElementLength(text.AsSpan(c, end - c)));
                var advance = font.MeasureText(Printable(text.Substring(c, length)));
                while (starts.Count < count && x + advance > starts.Count * width)
                {
                    starts.Add(new Position(r, c));
                }

                x += advance;
                c += length;
            }
        }

        while (starts.Count < count)
        {
            starts.Add(word.End);
        }

        return starts;
    }

    /// <summary>Each word's span: from after the space before it to the space after it.</summary>
    private static List<(Position Start, Position End)> Words(IReadOnlyList<TextRun> runs)
    {
        var words = new List<(Position, Position)>();
        var start = new Position(0, 0);
        WordSplitter.Split(runs, _ => { }, space =>
        {
            words.Add((start, new Position(space.Run, space.Start)));
            start = new Position(space.Run, space.End);
        });
        words.Add((start, runs.Count == 0 ? start : new Position(runs.Count - 1, runs[^1].Text.Length)));
        return words;
    }

    /// <summary>The text between two positions, one segment per run it crosses.</summary>
    private static List<Segment> Segments(IReadOnlyList<TextRun> runs, Position from, Position to)
    {
        var segments = new List<Segment>();
        for (var r = from.Run; r <= to.Run && r < runs.Count; r++)
        {
            var text = runs[r].Text;
            var start = r == from.Run ? from.Index : 0;
            var end = r == to.Run ? to.Index : text.Length;
            if (end > start)
            {
                segments.Add(new Segment(r, Printable(text[start..end])));
            }
        }

        return segments;
    }

    /// <summary>A line's ascent and height: the tallest face on it (the paragraph's own on an empty line).</summary>
    private LineSpacing LineMetrics(List<Segment> segments, IReadOnlyList<TextRun> runs, Paragraph p)
    {
        var faces = segments.Count == 0 ? [RunFace.Of(new TextRun(""), p.Bold)] : segments.Select(s => RunFace.Of(runs[s.Run], p.Bold)).Distinct();
        var (ascent, descent) = (0.0, 0.0);
        foreach (var face in faces)
        {
            var metrics = fonts.Get(face, p.Size).Metrics;
            ascent = Math.Max(ascent, -metrics.Ascent);
            descent = Math.Max(descent, metrics.Descent);
        }

        // Clients space single lines 1.2 em apart (TextGeometry.LineSpacing, what the fitter counts), more than
        // Liberation's ascent and descent: LibreOffice shares the extra above and below the glyphs.
        // A paragraph with an exact pitch (code, whose highlight bands sit behind known lines) keeps it.
        var height = p.ExactLineSpacing > 0 ? p.ExactLineSpacing : Math.Max(ascent + descent, p.Size * TextGeometry.LineSpacing);
        return new LineSpacing(ascent + ((height - ascent - descent) / 2), height);
    }

    /// <summary>
    /// Control characters draw as nothing or as a box; the .pptx writer turns line breaks in a run into
    /// spaces and drops the rest, so the renderer shows them as spaces.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        return new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
    }

    private readonly record struct Position(int Run, int Index);

    private sealed record Segment(int Run, string Text);

    private readonly record struct LineSpacing(double Ascent, double Height);

    private sealed record Line(List<Segment> Segments, LineSpacing Metrics);

    private sealed record LaidParagraph(Paragraph Paragraph, IReadOnlyList<TextRun> Runs, double Margin, double Top, List<Line> Lines, double Height, bool RightToLeft);
}
