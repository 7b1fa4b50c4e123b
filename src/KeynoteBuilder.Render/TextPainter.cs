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
internal sealed class TextPainter(DrawFonts fonts, TextFitter fitter, Theme theme)
{
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
        for (var i = 0; i < starts.Count; i++)
        {
            // A word longer than the line repeats its start: it is drawn whole on its first line.
            var last = i + 1 < starts.Count ? starts[i + 1] - 1 : words.Count - 1;
            var segments = last < starts[i] ? [] : Segments(runs, words[starts[i]].Start, words[last].End);
            lines.Add(new Line(segments, LineMetrics(segments, runs, p)));
        }

        return new LaidParagraph(p, runs, margin, top, lines, p.SpaceBefore + lines.Sum(l => l.Metrics.Height));
    }

    private double Draw(SKCanvas canvas, LaidParagraph laid, Box inner, double y, string behind, bool links)
    {
        var p = laid.Paragraph;
        y += p.SpaceBefore;
        var left = inner.X + laid.Margin;
        var available = inner.Width - laid.Margin;
        for (var i = 0; i < laid.Lines.Count; i++)
        {
            var line = laid.Lines[i];
            var baseline = y + line.Metrics.Ascent;
            if (i == 0 && p.Bullet)
            {
                using var bulletPaint = Colors.Fill(TextLook.BulletColor(theme, p.Level));
                var bulletFont = fonts.Get(default, p.Size);
                canvas.DrawText(TextLook.BulletChar(p.Level), (float)(left - (1.1 * laid.Top)), (float)baseline, SKTextAlign.Left, bulletFont, bulletPaint);
            }

            var width = line.Segments.Sum(s => Width(s, laid.Runs, p));
            var x = left + p.Align switch
            {
                TextAlign.Center => (available - width) / 2,
                TextAlign.Right => available - width,
                _ => 0,
            };
            foreach (var segment in line.Segments)
            {
                x += DrawSegment(canvas, segment, laid.Runs[segment.Run], p, x, baseline, behind, links);
            }

            y += line.Metrics.Height;
        }

        return y;
    }

    private double DrawSegment(SKCanvas canvas, Segment segment, TextRun run, Paragraph p, double x, double baseline, string behind, bool links)
    {
        var font = fonts.Get(RunFace.Of(run, p.Bold), p.Size);
        using var paint = Colors.Fill(TextLook.RunColor(theme, run, p.Color, behind));
        canvas.DrawText(segment.Text, (float)x, (float)baseline, SKTextAlign.Left, font, paint);
        var width = font.MeasureText(segment.Text);
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

    private double Width(Segment segment, IReadOnlyList<TextRun> runs, Paragraph p) =>
        fonts.Get(RunFace.Of(runs[segment.Run], p.Bold), p.Size).MeasureText(segment.Text);

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
        var height = Math.Max(ascent + descent, p.Size * TextGeometry.LineSpacing);
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

    private sealed record LaidParagraph(Paragraph Paragraph, IReadOnlyList<TextRun> Runs, double Margin, double Top, List<Line> Lines, double Height);
}
