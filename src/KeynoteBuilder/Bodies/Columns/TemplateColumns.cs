using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Bodies.Columns;

/// <summary>
/// The placeholders of a template's two-column or comparison layout that columns go into, by position:
/// the lowest row of two or more side by side holds the bodies, left to right, and on a comparison slide
/// the row just above it, of as many, the headings. Document order and idx say nothing about where a
/// placeholder stands, so neither is used.
/// </summary>
public sealed record TemplateColumns(IReadOnlyList<TemplatePlaceholder> Bodies, IReadOnlyList<TemplatePlaceholder>? Headings)
{
    /// <summary>Placeholders whose tops are this close (points) stand in one row.</summary>
    private const double RowTolerance = 4;

    /// <summary>The column placeholders of <paramref name="layout"/> for a slide of <paramref name="role"/>; null when it has no two side by side.</summary>
    public static TemplateColumns? Of(TemplateLayout layout, LayoutRole role)
    {
        if (role is not (LayoutRole.TwoColumn or LayoutRole.Comparison))
        {
            return null;
        }

        var rows = layout.ContentPlaceholders.Where(p => p.IsBody && !p.Vertical)
            .OrderBy(p => p.Box.Y)
            .Aggregate(new List<List<TemplatePlaceholder>>(), (list, p) =>
            {
                if (list.Count > 0 && Math.Abs(list[^1][0].Box.Y - p.Box.Y) <= RowTolerance)
                {
                    list[^1].Add(p);
                }
                else
                {
                    list.Add([p]);
                }

                return list;
            })
            .Select(row => row.OrderBy(p => p.Box.X).ToList())
            .ToList();
        var at = rows.FindLastIndex(row => row.Count >= 2 && SideBySide(row));
        if (at < 0)
        {
            return null;
        }

        var bodies = rows[at];
        var headings = role == LayoutRole.Comparison && at > 0 && rows[at - 1].Count == bodies.Count && SideBySide(rows[at - 1]) ? rows[at - 1] : null;
        return new TemplateColumns(bodies, headings);
    }

    /// <summary>Whether the layout has a placeholder for each of the slide's columns and, if it has headings, for each heading.</summary>
    public bool Fills(int columns, bool headings) => Bodies.Count >= columns && (!headings || Headings is not null);

    private static bool SideBySide(List<TemplatePlaceholder> row) => row.Zip(row.Skip(1)).All(pair => pair.First.Box.Right <= pair.Second.Box.X + 1);
}
