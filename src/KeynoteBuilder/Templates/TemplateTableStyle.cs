using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Templates;

/// <summary>
/// A table style as a template's <c>tableStyles.xml</c> defines it (or PowerPoint's built-in default): the parts a
/// table of ours uses, a header row and banded rows. Colours stay theme slots until <see cref="ColorsFor"/>.
/// </summary>
public sealed record TemplateTableStyle(string Id, TableStylePart WholeTable, TableStylePart? Band1, TableStylePart? FirstRow)
{
    /// <summary>
    /// PowerPoint's "Medium Style 2 - Accent 1", the default of a new presentation, which PowerPoint and
    /// LibreOffice know by its id without a definition in the package: accent1 header with lt1 bold text,
    /// body rows accent1 at 20% and every other row at 40%, dk1 text, lt1 lines between cells.
    /// </summary>
    public static TemplateTableStyle MediumStyle2Accent1 { get; } = new(
        "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}",
        new TableStylePart(ThemeColor.Slot("accent1", new ColorModifier("tint", 20_000)), ThemeColor.Slot("dk1"), null, ThemeColor.Slot("lt1")),
        new TableStylePart(ThemeColor.Slot("accent1", new ColorModifier("tint", 40_000)), null, null, null),
        new TableStylePart(ThemeColor.Slot("accent1"), ThemeColor.Slot("lt1"), true, null));

    /// <summary>The concrete colours of a table in this style on a master with <paramref name="colors"/>, for the layout pass and renderers.</summary>
    public TableColors ColorsFor(TemplateColors colors)
    {
        string Of(ThemeColor? color, string fallbackSlot) => (color ?? ThemeColor.Slot(fallbackSlot)).Resolve(colors);
        var body = Of(WholeTable.Fill, "bg1");
        var text = Of(WholeTable.Text, "tx1");
        return new TableColors(
            Id,
            FirstRow?.Fill is { } header ? header.Resolve(colors) : body,
            FirstRow?.Text is { } headerText ? headerText.Resolve(colors) : text,
            FirstRow?.Bold ?? WholeTable.Bold ?? false,
            Band1?.Fill is { } band ? band.Resolve(colors) : body,
            body,
            text,
            WholeTable.Bold ?? false,
            WholeTable.Border?.Resolve(colors));
    }
}

/// <summary>One part of a table style (the whole table, a band, the header row): its fill, text colour, boldness and cell border colour, each null when it says nothing.</summary>
public sealed record TableStylePart(ThemeColor? Fill, ThemeColor? Text, bool? Bold, ThemeColor? Border);
