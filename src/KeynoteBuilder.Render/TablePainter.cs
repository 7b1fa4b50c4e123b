using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// Draws a table as the .pptx writer writes it: accent header row, banded body rows (<see cref="TextLook.RowFill"/>),
/// a half-point rule under every cell, text inset and centred vertically in each cell.
/// </summary>
internal sealed class TablePainter(TextPainter text, Theme theme)
{
    /// <summary>The rule under each cell: 6350 EMU in the .pptx.</summary>
    private const float RuleWidth = 0.5f;

    public void Draw(SKCanvas canvas, TableShape table, bool links)
    {
        var y = table.Box.Y;
        var band = 0;
        // On a template, the colours of its table style, resolved by the layout pass (a style without lines draws none).
        var style = table.Colors;
        using var rule = new SKPaint { Color = Colors.Of(style is null ? theme.TableRule : style.Rule ?? style.BodyFill), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RuleWidth };
        foreach (var row in table.Rows)
        {
            var bodyRow = row.Header ? 0 : band++;
            var fill = style?.Fill(row.Header, bodyRow) ?? TextLook.RowFill(theme, row.Header, bodyRow);
            var x = table.Box.X;
            for (var c = 0; c < row.Cells.Count && c < table.ColumnWidths.Count; c++)
            {
                var cellBox = new Box(x, y, table.ColumnWidths[c], row.Height);
                using (var paint = Colors.Fill(fill))
                {
                    canvas.DrawRect(SlidePainter.Rect(cellBox), paint);
                }

                var cell = row.Cells[c];
                var paragraph = new Paragraph(cell.Runs, table.FontSize, style?.Text(row.Header) ?? TextLook.CellColor(theme, row.Header), Align: cell.Align, Bold: style?.Bold(row.Header) ?? row.Header);
                text.Draw(canvas, cellBox, [paragraph], VerticalAnchor.Middle, fill, links);
                canvas.DrawLine((float)x, (float)cellBox.Bottom, (float)cellBox.Right, (float)cellBox.Bottom, rule);
                x += table.ColumnWidths[c];
            }

            y += row.Height;
        }
    }
}
