using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

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
}
