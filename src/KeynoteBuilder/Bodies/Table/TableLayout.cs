using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Table;

/// <summary>
/// Sizes a table to its area: columns as wide as their text needs (sharing out what is left,
/// wrapping the widest when the table is too wide), and the largest font at which every row fits.
/// </summary>
internal static class TableLayout
{
    private const double MaxSize = 20;
    private const double MinSize = 10;

    public static void Place(TableBody body, Box area, LayoutContext context)
    {
        var rows = new List<(IReadOnlyList<TextRun>[] Cells, bool Header)> { (body.Header.Select(context.Runs).ToArray(), true) };
        rows.AddRange(body.Rows.Select(r => (r.Select(context.Runs).ToArray(), false)));
        var columns = body.Header.Count;

        double size = MaxSize;
        double[] widths = [];
        double[] heights = [];
        for (; size >= MinSize; size -= 0.5)
        {
            widths = ColumnWidths(rows, columns, area.Width, size, context.Fitter);
            heights = rows.Select(r => RowHeight(r.Cells, r.Header, widths, size, context.Fitter)).ToArray();
            if (heights.Sum() <= area.Height)
            {
                break;
            }
        }

        if (size < MinSize)
        {
            size = MinSize;
            context.ReportOverflow(body.Position, "the table");
        }

        var tableRows = rows.Select((r, i) => new TableRow(
            Enumerable.Range(0, columns).Select(c => new TableCell(c < r.Cells.Length ? r.Cells[c] : [], body.Align[c])).ToList(),
            heights[i],
            r.Header)).ToList();
        var box = area with { Height = Math.Min(area.Height, heights.Sum()) };
        context.Add(new TableShape(context.Name("Table"), box, widths, tableRows, size));
    }

    private static double RowHeight(IReadOnlyList<TextRun>[] cells, bool header, double[] widths, double size, TextFitter fitter)
    {
        var lines = 1;
        for (var c = 0; c < Math.Min(cells.Length, widths.Length); c++)
        {
            lines = Math.Max(lines, fitter.Lines(cells[c], widths[c] - (2 * TextGeometry.InsetX), size, header));
        }

        return (lines * size * TextGeometry.LineSpacing) + (2 * TextGeometry.InsetY) + 4;
    }

    /// <summary>Natural widths when they fit (grown to fill the area); otherwise narrow columns keep theirs and wide ones share the rest.</summary>
    private static double[] ColumnWidths(List<(IReadOnlyList<TextRun>[] Cells, bool Header)> rows, int columns, double total, double size, TextFitter fitter)
    {
        var natural = new double[columns];
        foreach (var (cells, header) in rows)
        {
            for (var c = 0; c < Math.Min(cells.Length, columns); c++)
            {
                var width = cells[c].Sum(r => fitter.Measurer.Width(r.Text, size, header || r.Bold || r.Emphasis, r.Italic)) * TextGeometry.WidthSafety;
                natural[c] = Math.Max(natural[c], width + (2 * TextGeometry.InsetX) + 2);
            }
        }

        var sum = natural.Sum();
        if (sum <= total)
        {
            return natural.Select(w => w + ((total - sum) * w / sum)).ToArray();
        }

        var widths = new double[columns];
        var open = Enumerable.Range(0, columns).ToList();
        var remaining = total;
        while (open.Count > 0)
        {
            var share = remaining / open.Count;
            var narrow = open.Where(c => natural[c] <= share).ToList();
            if (narrow.Count == 0)
            {
                var openSum = open.Sum(c => natural[c]);
                open.ForEach(c => widths[c] = remaining * natural[c] / openSum);
                break;
            }

            foreach (var c in narrow)
            {
                widths[c] = natural[c];
                remaining -= natural[c];
                open.Remove(c);
            }
        }

        return widths;
    }
}
