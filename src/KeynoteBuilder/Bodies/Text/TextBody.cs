using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Text;

public sealed record TextBody(SourcePosition Position, IReadOnlyList<RichText> Paragraphs) : SlideBody(Position)
{
    public override IEnumerable<RichText> Texts => Paragraphs;
}
