using System.Globalization;
using System.Xml;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pptx.Look;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// Writes a real, editable table (a:tbl in a graphic frame): accent header row, banded body rows, colours derived from
/// the theme (see <see cref="Theme"/>); on a speaker's template, in its table style, which gives fills, lines and text
/// colours, so the cells say none of them and the Design tab restyles the table.
/// </summary>
internal sealed class TableXml(XmlWriter xml, TextXml text, SchemeColors colors)
{
    private Theme Theme => colors.Theme;

    public void Write(TableShape table, int id)
    {
        var box = table.Box;
        xml.WriteRaw(
            $"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"{XmlText.Clean(table.Name)}\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
            + $"<p:xfrm><a:off x=\"{Emu.FromPoints(box.X)}\" y=\"{Emu.FromPoints(box.Y)}\"/><a:ext cx=\"{Emu.FromPoints(box.Width)}\" cy=\"{Emu.FromPoints(box.Height)}\"/></p:xfrm>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl>"
            + (table.Colors is { } styled ? $"<a:tblPr firstRow=\"1\" bandRow=\"1\"><a:tableStyleId>{XmlText.Clean(styled.StyleId)}</a:tableStyleId></a:tblPr>" : "<a:tblPr firstRow=\"1\" bandRow=\"1\"/>")
            + "<a:tblGrid>");
        foreach (var width in table.ColumnWidths)
        {
            xml.WriteRaw(FormattableString.Invariant($"<a:gridCol w=\"{Emu.FromPoints(width)}\"/>"));
        }

        xml.WriteRaw("</a:tblGrid>");
        var band = 0;
        foreach (var row in table.Rows)
        {
            xml.WriteRaw(FormattableString.Invariant($"<a:tr h=\"{Emu.FromPoints(row.Height)}\">"));
            var fill = TextLook.RowFill(Theme, row.Header, row.Header ? 0 : band++);
            foreach (var cell in row.Cells)
            {
                if (table.Colors is { } style)
                {
                    StyledCell(cell, row.Header, table.FontSize, style);
                }
                else
                {
                    Cell(cell, row.Header, table.FontSize, fill);
                }
            }

            xml.WriteRaw("</a:tr>");
        }

        xml.WriteRaw("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
    }

    private static string Insets
    {
        get
        {
            var insetX = Emu.FromPoints(TextGeometry.InsetX).ToString(CultureInfo.InvariantCulture);
            var insetY = Emu.FromPoints(TextGeometry.InsetY).ToString(CultureInfo.InvariantCulture);
            return $"marL=\"{insetX}\" marR=\"{insetX}\" marT=\"{insetY}\" marB=\"{insetY}\" anchor=\"ctr\"";
        }
    }

    /// <summary>A cell in the template's table style: its text says only its size and what the deck asked for (the style's colour and boldness are inherited).</summary>
    private void StyledCell(TableCell cell, bool header, double size, TableColors style)
    {
        xml.WriteRaw("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>");
        var inherited = new TextStyle(size, style.Text(header), Bold: style.Bold(header));
        text.Paragraph(new Paragraph(cell.Runs, size, style.Text(header), Align: cell.Align, Bold: style.Bold(header)), inherited, explicitSize: true, slideNumber: false);
        xml.WriteRaw($"</a:txBody><a:tcPr {Insets}/></a:tc>");
    }

    private void Cell(TableCell cell, bool header, double size, string fill)
    {
        xml.WriteRaw("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>");
        var color = TextLook.CellColor(Theme, header);
        text.Paragraph(new Paragraph(cell.Runs, size, color, Align: cell.Align, Bold: header), behind: fill);
        xml.WriteRaw($"</a:txBody><a:tcPr {Insets}>"
            + "<a:lnL w=\"0\"><a:noFill/></a:lnL><a:lnR w=\"0\"><a:noFill/></a:lnR><a:lnT w=\"0\"><a:noFill/></a:lnT>"
            + $"<a:lnB w=\"6350\"><a:solidFill>{colors.Xml(Theme.TableRule)}</a:solidFill></a:lnB>"
            + $"<a:solidFill>{colors.Xml(fill)}</a:solidFill></a:tcPr></a:tc>");
    }
}
