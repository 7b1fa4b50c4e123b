using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Chart;

public sealed record ChartBody(SourcePosition Position, ChartKind Type, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool Labels, string? Unit)
    : SlideBody(Position)
{
    /// <summary>Whether the value axis starts at zero; `baseline: auto` lets a line chart's axis hug its data.</summary>
    public bool FromZero { get; init; } = true;

    /// <summary>The category axis' title: a CSV file's first header.</summary>
    public string? CategoryTitle { get; init; }

    /// <summary>Chart labels are drawn into the picture; steps do not emphasise them.</summary>
    public override IEnumerable<RichText> Texts => [];
}
