using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// What the slide writer needs of a look: the theme's colour slots, and the placeholder each text of a
/// slide goes into. The built-in look is one (<see cref="BuiltInLook"/>); a speaker's template, with its
/// layouts resolved to ours, is another.
/// </summary>
internal interface ISlideLook
{
    SchemeColors Colors { get; }

    /// <summary>The placeholder of the slide's layout that text of <paramref name="role"/> goes into; null: a free text box.</summary>
    PlaceholderSlot? Slot(SlideLayout layout, TextRole role);

    /// <summary>
    /// The <c>p:ph</c> a text of <paramref name="role"/> that is written with every property explicit still
    /// links to (a speaker's template, whose inherited styles are not resolved yet); null: a plain text box.
    /// </summary>
    string? FreePlaceholder(TextRole role) => null;

    /// <summary>
    /// The placeholder of a two-column or comparison layout (<paramref name="layout"/>) that column
    /// <paramref name="column"/>'s text of <paramref name="role"/> (its body or heading) goes into; null: a free shape.
    /// </summary>
    PlaceholderSlot? ColumnSlot(LayoutRole layout, TextRole role, int column) => null;

    /// <summary>As <see cref="FreePlaceholder"/>, for column <paramref name="column"/>'s text of <paramref name="role"/>.</summary>
    string? FreeColumnPlaceholder(TextRole role, int column) => null;
}
