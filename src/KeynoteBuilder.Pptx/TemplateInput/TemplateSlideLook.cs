using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pptx.Look;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// A slide of a speaker's template: its text goes into the resolved layout's placeholders (linked by
/// <c>p:ph</c>) at the boxes the layout pass placed it in, with size and colour written out, because what
/// the template's own styles give is not resolved into a <see cref="TextStyle"/> yet.
/// </summary>
internal sealed class TemplateSlideLook(Theme theme, Func<TextRole, string?> placeholders) : ISlideLook
{
    public SchemeColors Colors { get; } = new(theme);

    public PlaceholderSlot? Slot(SlideLayout layout, TextRole role) => null;

    public string? FreePlaceholder(TextRole role) => placeholders(role);

    /// <summary>The <c>p:ph</c> each column's text links to on a two-column or comparison layout (see <see cref="ColumnLinks"/>).</summary>
    public Func<TextRole, int, string?> Columns { get; init; } = (_, _) => null;

    public string? FreeColumnPlaceholder(TextRole role, int column) => Columns(role, column);
}
