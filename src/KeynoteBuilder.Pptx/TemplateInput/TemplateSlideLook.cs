using System.Globalization;
using KeynoteBuilder.Bodies.Columns;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pptx.Look;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// A slide of a speaker's template: its title, subtitle, body, footer and slide number go into the
/// placeholders of the layout it resolved to (<see cref="TemplateSlots"/>, the ones the layout pass
/// placed them in). Where the placeholder inherits the template's look, the slide writes only what the
/// deck asks for (<see cref="Slot"/>); where it cannot (a master without text styles, an idx two
/// placeholders share), the text keeps its link to the placeholder but writes box and look itself
/// (<see cref="FreePlaceholder"/>).
/// </summary>
/// <param name="named">The slide names its layout (<c>layout: "Agenda"</c>): its subtitle goes where <see cref="TemplateSlots.SubtitleOf"/> says.</param>
internal sealed class TemplateSlideLook(Theme theme, TemplateColors colors, TemplateLayout layout, SlideLayout ours, bool named = false) : ISlideLook
{
    private readonly TemplateSlots _slots = TemplateSlots.Of(layout);

    public SchemeColors Colors { get; } = new(theme, colors);

    /// <summary>
    /// The two-column or comparison layout's placeholders a slide's columns were placed in (see
    /// <see cref="TemplateColumns.Fills"/>); null where the columns are free shapes.
    /// </summary>
    public TemplateColumns? Columns { get; init; }

    public PlaceholderSlot? Slot(SlideLayout layout, TextRole role) => SlotOf(role, Placeholder(role));

    public string? FreePlaceholder(TextRole role) => LinkOf(Placeholder(role));

    public PlaceholderSlot? ColumnSlot(LayoutRole layout, TextRole role, int column) => SlotOf(role, ColumnPlaceholder(role, column));

    public string? FreeColumnPlaceholder(TextRole role, int column) => LinkOf(ColumnPlaceholder(role, column));

    /// <summary>The slot text goes into when <paramref name="placeholder"/> gives it the template's look.</summary>
    private PlaceholderSlot? SlotOf(TextRole role, TemplatePlaceholder? placeholder) =>
        placeholder is not null && _slots.Inherits(placeholder)
            ? new PlaceholderSlot(role.ToString(), placeholder.Type == "obj" ? null : placeholder.Type, placeholder.Index == 0 ? null : placeholder.Index, placeholder.Box, TextStyle.Of(placeholder.Text!))
            : null;

    /// <summary>The <c>p:ph</c> text written with its look explicit still links to, when <paramref name="p"/> cannot give the look.</summary>
    private string? LinkOf(TemplatePlaceholder? p) => p is not null && !_slots.Inherits(p)
        ? $"<p:ph{(p.Type == "obj" ? "" : $" type=\"{p.Type}\"")}{(p.Index == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" idx=\"{p.Index}\""))}/>"
        : null;

    /// <summary>The placeholder column <paramref name="column"/>'s heading or body was placed in.</summary>
    private TemplatePlaceholder? ColumnPlaceholder(TextRole role, int column) => Columns is not { } columns || column >= columns.Bodies.Count ? null : role switch
    {
        TextRole.Body => columns.Bodies[column],
        TextRole.Heading => columns.Headings?[column],
        _ => null,
    };

    /// <summary>The placeholder text of <paramref name="role"/> was placed in, as the layout pass chose it.</summary>
    private TemplatePlaceholder? Placeholder(TextRole role) => role switch
    {
        TextRole.Title or TextRole.CenterTitle => _slots.Title,
        TextRole.Subtitle => _slots.SubtitleOf(ours, named),
        TextRole.Body => _slots.Body,
        TextRole.Footer => _slots.Footer,
        TextRole.SlideNumber => _slots.SlideNumber,
        _ => null,
    };
}
