using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Bodies.Columns;

/// <summary>One column: an optional heading over one body of any other kind.</summary>
public sealed record Column(SourcePosition Position, RichText? Heading, SlideBody Body);

/// <summary>Two or three bodies side by side; with headings, a comparison slide.</summary>
public sealed record ColumnsBody(SourcePosition Position, IReadOnlyList<Column> Columns) : SlideBody(Position)
{
    public bool HasHeadings => Columns.Any(c => c.Heading is not null);

    /// <summary>Steps emphasise phrases in every column: its headings and its bodies' texts.</summary>
    public override IEnumerable<RichText> Texts =>
        Columns.SelectMany(c => c.Heading is null ? c.Body.Texts : c.Body.Texts.Prepend(c.Heading));

    public override IEnumerable<SlideBody> Parts => Columns.Select(c => c.Body);

    /// <summary>
    /// The layout a columns slide is written on: two columns take PowerPoint's "Two Content" layout, and
    /// with headings its "Comparison" one. Three columns have no standard layout (null: the content
    /// layout, with the columns as free shapes).
    /// </summary>
    public LayoutRole? Role => Columns.Count != 2 ? null : HasHeadings ? LayoutRole.Comparison : LayoutRole.TwoColumn;
}
