using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Bodies.Table;

/// <summary><c>table:</c> header and rows inline, or a CSV file whose first line is the header; optional per-column alignment.</summary>
public sealed class TableKind : BodyKind<TableBody>
{
    /// <summary>
    /// Rows below the header a table may have. At the smallest table text (10 pt) a row is 23 pt high,
    /// so a whole 540 pt slide shows at most 23; up to 30 a table gets the "does not fit" warning,
    /// beyond that (a million-row CSV) it is an error before anything is measured.
    /// </summary>
    public const int MaxRows = 30;

    /// <summary>Columns a table may have: at 10 pt a column needs about 40 pt (insets and a short word), so 852 pt holds about 20.</summary>
    public const int MaxColumns = 20;

    private static readonly IReadOnlyList<string> Keys = DeckKeys.Table.Names;

    public override string Key => "table";

    public override IReadOnlyList<string> BodyKeys => Keys;

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        if (BodyMapping(value, context, "a table") is not { } table)
        {
            return null;
        }

        var (header, rows) = table.Get("csv") is { } csv ? FromCsv(csv, context) : Inline(table, context);
        if (header is null)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            context.Diagnostics.Error(Codes.EmptyTable, value.Start, "the table has no rows; add `rows:` (or lines after the CSV header)");
        }

        var align = Enumerable.Repeat(TextAlign.Left, header.Count).ToList();
        if (table.Get("align") is { } alignNode && context.Sequence(alignNode, "align") is { } alignList)
        {
            if (alignList.Items.Count != header.Count)
            {
                context.Diagnostics.Error(Codes.AlignCount, alignNode.Start, $"align has {alignList.Items.Count} entries but the table has {header.Count} columns; give one per column");
            }

            for (var i = 0; i < Math.Min(alignList.Items.Count, header.Count); i++)
            {
                align[i] = Alignment(alignList.Items[i], context);
            }
        }

        return new TableBody(value.Start, header, rows, align);
    }

    private static (List<RichText>? Header, List<IReadOnlyList<RichText>> Rows) Inline(YamlMapping table, BindContext context)
    {
        if (table.Get("header") is not { } headerNode)
        {
            context.Diagnostics.Error(Codes.MissingKey, table.Start, "the table has no `header:` (or `csv:`); add the column names");
            return (null, []);
        }

        var header = Cells(headerNode, "the header", context);
        var rows = new List<IReadOnlyList<RichText>>();
        if (header is null || table.Get("rows") is not { } rowsNode || context.Sequence(rowsNode, "rows") is not { } rowList)
        {
            return (header, rows);
        }

        if (TooLarge(header.Count, rowList.Items.Count, headerNode.Start, rowList.Items.ElementAtOrDefault(MaxRows)?.Start ?? rowsNode.Start, "the table", context))
        {
            return (null, []);
        }

        foreach (var rowNode in rowList.Items)
        {
            if (Cells(rowNode, "a row", context) is not { } row)
            {
                continue;
            }

            if (row.Count != header.Count)
            {
                context.Diagnostics.Error(Codes.RaggedRow, rowNode.Start, $"this row has {row.Count} cells but the header has {header.Count}; every row needs one cell per column");
            }

            rows.Add(row);
        }

        return (header, rows);
    }

    private static List<RichText>? Cells(YamlNode node, string what, BindContext context)
    {
        if (context.Sequence(node, what) is not { } list)
        {
            return null;
        }

        var cells = new List<RichText>();
        foreach (var cell in list.Items)
        {
            var text = cell is YamlScalar { IsNull: true } ? "" : context.Text(cell, "a cell", allowEmpty: true);
            cells.Add(InlineMarkup.Parse(text ?? "", BindContext.ContentStart(cell), context.Diagnostics));
        }

        return cells;
    }

    private static (List<RichText>? Header, List<IReadOnlyList<RichText>> Rows) FromCsv(YamlNode csv, BindContext context)
    {
        if (context.Text(csv, "csv") is not { } path || CsvTable.Read(path, csv.Start, context) is not { } table)
        {
            return (null, []);
        }

        static List<RichText> Parse(IReadOnlyList<CsvCell> cells, BindContext context) =>
            cells.Select(c => InlineMarkup.Parse(c.Text, c.Position, context.Diagnostics)).ToList();

        if (TooLarge(table[0].Count, table.Count - 1, csv.Start, csv.Start, $"'{path}'", context))
        {
            return (null, []);
        }

        var header = Parse(table[0], context);
        var rows = new List<IReadOnlyList<RichText>>();
        foreach (var row in table.Skip(1))
        {
            if (row.Count != header.Count)
            {
                context.Diagnostics.Error(Codes.RaggedRow, row[0].Position, $"this CSV row has {row.Count} fields but the header has {header.Count}");
            }

            rows.Add(Parse(row, context));
        }

        return (header, rows);
    }

    /// <summary>Reports a table over <see cref="MaxRows"/> rows or <see cref="MaxColumns"/> columns, at the header or the first row too many.</summary>
    private static bool TooLarge(int columns, int rows, SourcePosition headerAt, SourcePosition rowAt, string what, BindContext context)
    {
        if (columns > MaxColumns)
        {
            context.Diagnostics.Error(Codes.TableTooLarge, headerAt,
                $"{what} has {columns:N0} columns; a table on a slide has at most {MaxColumns}: split it across slides or leave out columns");
        }

        if (rows > MaxRows)
        {
            context.Diagnostics.Error(Codes.TableTooLarge, rowAt,
                $"{what} has {rows:N0} rows below the header; a table on a slide has at most {MaxRows} (at the smallest text a slide shows about 23): split it across slides or aggregate the rows");
        }

        return columns > MaxColumns || rows > MaxRows;
    }

    private static TextAlign Alignment(YamlNode node, BindContext context)
    {
        switch ((node as YamlScalar)?.Value)
        {
            case "left": return TextAlign.Left;
            case "center" or "centre": return TextAlign.Center;
            case "right": return TextAlign.Right;
            default:
                context.Diagnostics.Error(Codes.UnknownAlignment, node.Start, $"unknown alignment '{(node as YamlScalar)?.Value ?? node.KindName}'; use left, center or right");
                return TextAlign.Left;
        }
    }

    protected override void Layout(TableBody body, Box area, LayoutContext context) => TableLayout.Place(body, area, context);
}
