using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// The deck theme's colours as slots of the theme part's colour scheme, so that text written in them
/// follows PowerPoint's Design tab: text <c>tx1</c> (dk1), background <c>bg1</c> (lt1), secondary text
/// <c>tx2</c> (dk2), table band <c>bg2</c> (lt2), accent <c>accent1</c>, emphasis <c>accent2</c>,
/// links <c>hlink</c>. A colour that is none of them (a table rule) stays a fixed colour.
/// On a speaker's template the slots hold the template's colours, so a colour is a slot only where the
/// template's slot holds that very colour (a speaker's own emphasis colour stays fixed, not accent2).
/// </summary>
internal sealed class SchemeColors(Theme theme, TemplateColors? template = null)
{
    /// <summary>The slots, in the order a colour is looked up (the first that holds it wins).</summary>
    private static readonly string[] Slots = ["tx1", "bg1", "tx2", "accent1", "accent2", "bg2", "hlink"];

    private readonly (string? Hex, string Slot)[] _slots = template is null
        ? [(theme.Text, "tx1"), (theme.Background, "bg1"), (theme.Muted, "tx2"), (theme.Accent, "accent1"), (theme.Emphasis, "accent2"), (theme.TableBand, "bg2"), (theme.Link, "hlink")]
        : [.. Slots.Select(slot => (template.Hex(slot), slot))];

    public Theme Theme { get; } = theme;

    /// <summary>The scheme slot that holds <paramref name="hex"/>, the first in the order above; null when none does.</summary>
    public string? SlotOf(string hex)
    {
        foreach (var (value, slot) in _slots)
        {
            if (string.Equals(value, hex, StringComparison.OrdinalIgnoreCase))
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="slot"/> holds <paramref name="hex"/> (a speaker's emphasis colour on a template may be no slot's).</summary>
    public bool Holds(string slot, string hex) =>
        _slots.Any(s => s.Slot == slot && string.Equals(s.Hex, hex, StringComparison.OrdinalIgnoreCase));

    /// <summary>A colour element: the scheme slot where there is one, else the fixed colour.</summary>
    public string Xml(string hex) => SlotOf(hex) is { } slot ? $"<a:schemeClr val=\"{slot}\"/>" : $"<a:srgbClr val=\"{hex}\"/>";

    /// <summary>The colour scheme of the theme part, in the slots above.</summary>
    public string SchemeXml() =>
        $"<a:dk1><a:srgbClr val=\"{Theme.Text}\"/></a:dk1><a:lt1><a:srgbClr val=\"{Theme.Background}\"/></a:lt1>"
        + $"<a:dk2><a:srgbClr val=\"{Theme.Muted}\"/></a:dk2><a:lt2><a:srgbClr val=\"{Theme.TableBand}\"/></a:lt2>"
        + $"<a:accent1><a:srgbClr val=\"{Theme.Accent}\"/></a:accent1><a:accent2><a:srgbClr val=\"{Theme.Emphasis}\"/></a:accent2>"
        + "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"BF9000\"/></a:accent4>"
        + "<a:accent5><a:srgbClr val=\"548235\"/></a:accent5><a:accent6><a:srgbClr val=\"7030A0\"/></a:accent6>"
        + $"<a:hlink><a:srgbClr val=\"{Theme.Link}\"/></a:hlink><a:folHlink><a:srgbClr val=\"7F7F7F\"/></a:folHlink>";
}
