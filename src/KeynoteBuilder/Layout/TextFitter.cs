using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>One paragraph to fit: its runs, its size relative to the box's size, and its left margin.</summary>
public sealed record FitParagraph(IReadOnlyList<TextRun> Runs, double Scale = 1.0, int Level = 0, bool Bullet = false, bool Bold = false);

/// <summary>
/// Finds the largest font size at which paragraphs fit a box, by wrapping words with measured
/// widths. Text that still does not fit at the smallest size is reported, never silently cut.
/// Each word is measured once, in the face it is drawn in; sizes are tried by halving, so the
/// work is linear in the text.
/// </summary>
public sealed class TextFitter(IRunMeasurer measurer)
{
    private const double Step = 0.5;

    /// <summary>A fitter that measures with <paramref name="fonts"/> too (a deck's <c>theme.fonts</c>); this one when there are none.</summary>
    public TextFitter WithFonts(IReadOnlyList<Charts.FontFile> fonts) => fonts.Count == 0 ? this : new TextFitter(measurer.WithFonts(fonts));

    /// <summary>Largest size in [min, max] (half-point steps) at which the text fits, and whether it did.</summary>
    public (double Size, bool Fits) Fit(IReadOnlyList<FitParagraph> paragraphs, double width, double height, double max, double min, int maxLinesPerParagraph = int.MaxValue)
    {
        var measured = paragraphs.Select(p => Measure(p.Runs, p.Bold)).ToList();
        bool Fits(double size) => Height(paragraphs, measured, width, size, maxLinesPerParagraph) is { } h && h <= height;

        // Smaller text never needs more height, so the largest size that fits is found by halving.
        var count = (int)Math.Floor(((max - min) / Step) + 1e-9) + 1;
        if (!Fits(max - ((count - 1) * Step)))
        {
            return (min, false);
        }

        var (fit, tooBig) = (count - 1, -1);
        while (fit - tooBig > 1)
        {
            var middle = (fit + tooBig) / 2;
            (fit, tooBig) = Fits(max - (middle * Step)) ? (middle, tooBig) : (fit, middle);
        }

        return (max - (fit * Step), true);
    }

    /// <summary>Height of the paragraphs at a size, or null when a paragraph needs more lines than allowed.</summary>
    public double? Height(IReadOnlyList<FitParagraph> paragraphs, double width, double size, int maxLinesPerParagraph = int.MaxValue) =>
        Height(paragraphs, paragraphs.Select(p => Measure(p.Runs, p.Bold)).ToList(), width, size, maxLinesPerParagraph);

    /// <summary>
    /// The runs' words measured at 1 pt. A word is what lies between spaces, across runs; it is padded
    /// by <see cref="TextGeometry.WidthSafety"/> for the clients' kerning and rounding.
    /// </summary>
    public MeasuredText Measure(IReadOnlyList<TextRun> runs, bool bold = false)
    {
        var words = new List<double>();
        var spaces = new List<double>();
        var spaceWidths = new Dictionary<RunFace, double>();
        var pending = 0.0;
        WordSplitter.Split(
            runs,
            piece => pending += measurer.Width(runs[piece.Run].Text[piece.Start..piece.End], RunFace.Of(runs[piece.Run], bold)) * TextGeometry.WidthSafety,
            space =>
            {
                var face = RunFace.Of(runs[space.Run], bold);
                if (!spaceWidths.TryGetValue(face, out var spaceWidth))
                {
                    spaceWidths[face] = spaceWidth = measurer.Width(" ", face);
                }

                // A break between two ideographs is no space: it takes no width.
                words.Add(pending);
                spaces.Add(space.End > space.Start ? spaceWidth : 0);
                pending = 0;
            });

        words.Add(pending);
        spaces.Add(0);
        return new MeasuredText([.. words], [.. spaces]);
    }

    private static double? Height(IReadOnlyList<FitParagraph> paragraphs, IReadOnlyList<MeasuredText> measured, double width, double size, int maxLinesPerParagraph)
    {
        // The bottom inset is blank margin that clients draw into, unclipped: the last line's descent
        // may use it (LibreOffice shows such text whole, inside the shape).
        var total = TextGeometry.InsetY;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var pSize = size * p.Scale;
            var margin = p.Bullet ? TextGeometry.BulletMargin(p.Level, size) : 0;
            var lines = measured[i].Lines(width - (2 * TextGeometry.InsetX) - margin, pSize);
            if (lines > maxLinesPerParagraph)
            {
                return null;
            }

            total += (lines * pSize * TextGeometry.LineSpacing) + (i == 0 ? 0 : TextGeometry.SpaceBefore(p.Level, size));
        }

        return total;
    }
}
