using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Chart;

public sealed record ChartBody(SourcePosition Position, ChartKind Type, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool Labels, string? Unit)
    : SlideBody(Position)
{
    /// <summary>Chart labels are drawn into the picture; steps do not emphasise them.</summary>
    public override IEnumerable<RichText> Texts => [];
}
