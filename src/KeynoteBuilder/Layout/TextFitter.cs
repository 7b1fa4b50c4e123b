using KeynoteBuilder.Charts;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>One paragraph to fit: its runs, its size relative to the box's size, and its left margin.</summary>
public sealed record FitParagraph(IReadOnlyList<TextRun> Runs, double Scale = 1.0, int Level = 0, bool Bullet = false, bool Bold = false);

/// <summary>
/// Finds the largest font size at which paragraphs fit a box, by wrapping words with measured
/// widths. Text that still does not fit at the smallest size is reported, never silently cut.
/// </summary>
public sealed class TextFitter(TextMeasurer measurer)
{
    public TextMeasurer Measurer { get; } = measurer;

    /// <summary>Largest size in [min, max] (half-point steps) at which the text fits, and whether it did.</summary>
    public (double Size, bool Fits) Fit(IReadOnlyList<FitParagraph> paragraphs, double width, double height, double max, double min, int maxLinesPerParagraph = int.MaxValue)
    {
        for (var size = max; size >= min; size -= 0.5)
        {
            if (Height(paragraphs, width, size, maxLinesPerParagraph) is { } h && h <= height)
            {
                return (size, true);
            }
        }

        return (min, false);
    }

    /// <summary>Height of the paragraphs at a size, or null when a paragraph needs more lines than allowed.</summary>
    public double? Height(IReadOnlyList<FitParagraph> paragraphs, double width, double size, int maxLinesPerParagraph = int.MaxValue)
    {
        var total = 2 * TextGeometry.InsetY;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var pSize = size * p.Scale;
            var margin = p.Bullet ? TextGeometry.BulletMargin(p.Level, size) : 0;
            var lines = Lines(p.Runs, width - (2 * TextGeometry.InsetX) - margin, pSize, p.Bold);
            if (lines > maxLinesPerParagraph)
            {
                return null;
            }

            total += (lines * pSize * TextGeometry.LineSpacing) + (i == 0 ? 0 : TextGeometry.SpaceBefore(p.Level, size));
        }

        return total;
    }

    /// <summary>Number of lines the runs wrap to in <paramref name="width"/> points, breaking at spaces.</summary>
    public int Lines(IReadOnlyList<TextRun> runs, double width, double size, bool bold = false)
    {
        var lines = 1;
        var x = 0.0;
        foreach (var (word, space) in Words(runs, size, bold))
        {
            if (x > 0 && x + word > width)
            {
                lines++;
                x = 0;
            }

            // A word longer than the line breaks inside itself, as clients do.
            if (x == 0 && word > width && width > 0)
            {
                lines += (int)Math.Floor(word / width);
                x = word % width;
            }
            else
            {
                x += word;
            }

            x += space;
        }

        return lines;
    }

    /// <summary>Each word's width and the width of the space after it; explicit line breaks are not expected here.</summary>
    private IEnumerable<(double Word, double Space)> Words(IReadOnlyList<TextRun> runs, double size, bool bold)
    {
        var pending = 0.0;
        foreach (var run in runs)
        {
            var runBold = bold || run.Bold || run.Emphasis;
            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                pending += Measurer.Width(parts[i], size, runBold, run.Italic) * TextGeometry.WidthSafety;
                if (i < parts.Length - 1)
                {
                    yield return (pending, Measurer.Width(" ", size, runBold));
                    pending = 0;
                }
            }
        }

        yield return (pending, 0);
    }
}
