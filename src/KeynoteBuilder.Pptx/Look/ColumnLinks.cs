using System.Globalization;
using KeynoteBuilder.Bodies.Columns;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// On a speaker's template, the <c>p:ph</c> that a column's body text and heading link to: the placeholders
/// of the resolved two-column or comparison layout the layout pass placed them in (<see cref="TemplateColumns"/>),
/// left to right. A placeholder no column fills gets no shape, as PowerPoint leaves it when one is deleted.
/// </summary>
internal static class ColumnLinks
{
    public static Func<TextRole, int, string?> Of(TemplateLayout layout, LayoutRole role)
    {
        if (TemplateColumns.Of(layout, role) is not { } columns)
        {
            return (_, _) => null;
        }

        return (text, column) => column >= columns.Bodies.Count ? null : text switch
        {
            TextRole.Body => Ph(columns.Bodies[column]),
            TextRole.Heading when columns.Headings is { } headings => Ph(headings[column]),
            _ => null,
        };
    }

    private static string Ph(TemplatePlaceholder p) =>
        $"<p:ph{(p.Type == "obj" ? "" : $" type=\"{p.Type}\"")}{(p.Index == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" idx=\"{p.Index}\""))}/>";
}
