using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Table;

/// <summary>
/// Sizes a table to its area: columns as wide as their text needs (sharing out what is left,
/// wrapping the widest when the table is too wide, but never narrower than a column's longest
/// word: smaller text first), and the largest font at which every row fits. Every cell is
/// measured once; each size tried only scales those widths.
/// </summary>
internal static class TableLayout
{
    private const double MaxSize = 20;
    private const double MinSize = 10;

    /// <summary>Lines a cell may wrap to before the table prefers a smaller size.</summary>
    private const int MostLinesPerCell = 3;

    /// <summary>What a column adds to its text's width: the cell insets and a hair for rounding.</summary>
    private const double Padding = (2 * TextGeometry.InsetX) + 2;

    public static void Place(TableBody body, Box area, LayoutContext context)
    {
        var rows = new List<(IReadOnlyList<TextRun>[] Cells, bool Header)> { (body.Header.Select(context.Runs).ToArray(), true) };
        rows.AddRange(body.Rows.Select(r => (r.Select(context.Runs).ToArray(), false)));
        var columns = body.Header.Count;
        var measured = rows.Select(r => r.Cells.Take(columns).Select(c => context.Fitter.Measure(c, r.Header)).ToArray()).ToList();
        var shape = ColumnShape.Of(measured, columns);

        // First look for a size at which no cell wraps to more than a few lines (smaller text rather
        // than a tall thin text column beside roomy number columns); then for any size that fits.
        var (size, widths, heights) = Fit(shape, measured, area, MostLinesPerCell) ?? Fit(shape, measured, area, int.MaxValue)
            ?? Overflow(shape, measured, area.Width);
        if (heights.Sum() > area.Height)
        {
            context.ReportOverflow(body.Position, "the table");
        }

        var tableRows = rows.Select((r, i) => new TableRow(
            Enumerable.Range(0, columns).Select(c => new TableCell(c < r.Cells.Length ? r.Cells[c] : [], body.Align[c])).ToList(),
            heights[i],
            r.Header)).ToList();
        var box = area with { Height = Math.Min(area.Height, heights.Sum()) };
        // On a template the table takes its table style, whose colours the renderers draw from here.
        context.Add(new TableShape(context.Name("Table"), box, widths, tableRows, size) { Colors = context.Deck.Template?.TableColors });
    }

    /// <summary>The largest size at which the rows fit the area with no cell over <paramref name="mostLines"/> lines.</summary>
    private static (double Size, double[] Widths, double[] Heights)? Fit(ColumnShape shape, List<MeasuredText[]> rows, Box area, int mostLines)
    {
        for (var size = MaxSize; size >= MinSize; size -= 0.5)
        {
            if (shape.Widths(area.Width, size) is not { } widths)
            {
                continue;
            }

            var lines = rows.Select(r => RowLines(r, widths, size)).ToArray();
            var heights = lines.Select(l => RowHeight(l, size)).ToArray();
            if (heights.Sum() <= area.Height && lines.Max() <= mostLines)
            {
                return (size, widths, heights);
            }
        }

        return null;
    }

    /// <summary>At the smallest size, the widths it would have had; the caller reports that it does not fit.</summary>
    private static (double Size, double[] Widths, double[] Heights) Overflow(ColumnShape shape, List<MeasuredText[]> rows, double width)
    {
        var widths = shape.Widths(width, MinSize) ?? shape.Squeezed(width, MinSize);
        return (MinSize, widths, rows.Select(r => RowHeight(RowLines(r, widths, MinSize), MinSize)).ToArray());
    }

    private static int RowLines(MeasuredText[] cells, double[] widths, double size)
    {
        var lines = 1;
        for (var c = 0; c < Math.Min(cells.Length, widths.Length); c++)
        {
            lines = Math.Max(lines, cells[c].Lines(widths[c] - (2 * TextGeometry.InsetX), size));
        }

        return lines;
    }

    private static double RowHeight(int lines, double size) => (lines * size * TextGeometry.LineSpacing) + (2 * TextGeometry.InsetY) + 4;

    /// <summary>Each column's widths at 1 pt: its widest cell on one line, its longest word, its header's longest word (bold).</summary>
    private sealed record ColumnShape(double[] Natural, double[] LongestWord, double[] LongestHeaderWord)
    {
        public static ColumnShape Of(List<MeasuredText[]> rows, int columns)
        {
            var (natural, longest, header) = (new double[columns], new double[columns], new double[columns]);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    natural[c] = Math.Max(natural[c], rows[r][c].Natural);
                    longest[c] = Math.Max(longest[c], rows[r][c].LongestWord);
                    header[c] = r == 0 ? rows[r][c].LongestWord : header[c];
                }
            }

            return new ColumnShape(natural, longest, header);
        }

        /// <summary>
        /// Column widths at a size, or null when even the header's words cannot stand side by side
        /// (the caller tries a smaller size). Natural widths when they fit, grown to fill the area;
        /// otherwise narrow columns keep theirs and wide ones share the rest, none below its longest
        /// word (or, when all words cannot fit side by side, its longest header word).
        /// </summary>
        public double[]? Widths(double total, double size)
        {
            var natural = Natural.Select(w => (w * size) + Padding).ToArray();
            var sum = natural.Sum();
            if (sum <= total)
            {
                return natural.Select(w => w + ((total - sum) * w / sum)).ToArray();
            }

            var floor = LongestWord.Select(w => (w * size) + Padding).ToArray();
            if (floor.Sum() > total)
            {
                floor = LongestHeaderWord.Select(w => (w * size) + Padding).ToArray();
                if (floor.Sum() > total)
                {
                    return null;
                }
            }

            return Share(natural, floor, total);
        }

        /// <summary>The last resort at the smallest size: widths in proportion to the longest words, which then break.</summary>
        public double[] Squeezed(double total, double size)
        {
            var floor = LongestWord.Select(w => (w * size) + Padding).ToArray();
            var sum = floor.Sum();
            return floor.Select(w => total * w / sum).ToArray();
        }

        /// <summary>
        /// Every column gets its floor; what is left goes to the columns' wants (natural minus floor),
        /// smallest want first, in equal shares: narrow columns get their natural width, wide ones an
        /// equal amount above their floor. The widths add up to <paramref name="total"/> exactly.
        /// </summary>
        private static double[] Share(double[] natural, double[] floor, double total)
        {
            var want = natural.Select((n, c) => n - floor[c]).ToArray();
            var left = total - floor.Sum();
            var order = Enumerable.Range(0, want.Length).OrderBy(c => want[c]).ToList();
            var level = double.PositiveInfinity;
            for (var i = 0; i < order.Count; i++)
            {
                var equal = left / (order.Count - i);
                if (want[order[i]] > equal)
                {
                    level = equal;
                    break;
                }

                left -= want[order[i]];
            }

            return want.Select((w, c) => floor[c] + Math.Min(w, level)).ToArray();
        }
    }
}
