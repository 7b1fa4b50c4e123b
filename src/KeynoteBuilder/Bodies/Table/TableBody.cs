using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Table;

public sealed record TableBody(SourcePosition Position, IReadOnlyList<RichText> Header, IReadOnlyList<IReadOnlyList<RichText>> Rows, IReadOnlyList<TextAlign> Align)
    : SlideBody(Position)
{
    public override IEnumerable<RichText> Texts => Header.Concat(Rows.SelectMany(r => r));
}
