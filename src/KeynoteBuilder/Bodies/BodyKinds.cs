using KeynoteBuilder.Bodies.Bullets;
using KeynoteBuilder.Bodies.Chart;
using KeynoteBuilder.Bodies.Code;
using KeynoteBuilder.Bodies.Columns;
using KeynoteBuilder.Bodies.Image;
using KeynoteBuilder.Bodies.Table;
using KeynoteBuilder.Bodies.Text;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies;

/// <summary>The registration list of slide body kinds.</summary>
public static class BodyKinds
{
    public static IReadOnlyList<IBodyKind> All { get; } =
    [
        new BulletsKind(),
        new TextKind(),
        new TableKind(),
        new ChartBodyKind(),
        new ImageKind(),
        new CodeKind(),
        new ColumnsKind(),
    ];

    public static IBodyKind For(SlideBody body) => All.First(kind => kind.BodyType == body.GetType());
}
