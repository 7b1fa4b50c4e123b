using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Columns;

/// <summary>
/// A shape as a viewer finds it on the slide: where it stands (in points), its text, its bold text and its text
/// sizes (in points, as inherited from its placeholder where it says none), the placeholder it fills (its
/// <c>p:ph</c> idx, 0 for a title; null for a free shape) and the name of its slide's layout.
/// </summary>
public sealed record PlacedShape(string Name, string Kind, double X, double Y, double Width, double Height, string Text, IReadOnlyList<string> Bold, IReadOnlyList<double> Sizes,
    uint? Placeholder = null, string Layout = "")
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}

/// <summary>Reads every slide's shapes with their boxes from a built package, for tests of where things stand.</summary>
public static class PlacedShapes
{
    private const double EmuPerPoint = 12_700;

    /// <summary>Builds a deck of <paramref name="slides"/> (the YAML of its slide list) in a fresh folder and reads its shapes.</summary>
    /// <param name="files">Files the deck uses, by path relative to it.</param>
    /// <param name="header">Deck keys before the slides (a template).</param>
    public static IReadOnlyList<IReadOnlyList<PlacedShape>> Build(string slides, out (double Width, double Height) slideSize,
        IReadOnlyDictionary<string, byte[]>? files = null, string header = "")
    {
        using var build = new TestBuild();
        foreach (var (name, data) in files ?? new Dictionary<string, byte[]>())
        {
            build.WriteBytes(name, data);
        }

        return Read(build.BuildYaml($"title: Columns\n{header}slides:\n{slides}"), out slideSize);
    }

    public static IReadOnlyList<IReadOnlyList<PlacedShape>> Read(string path, out (double Width, double Height) slideSize)
    {
        using var document = PresentationDocument.Open(path, isEditable: false);
        var presentation = document.PresentationPart!;
        var size = presentation.Presentation.SlideSize!;
        slideSize = (size.Cx!.Value / EmuPerPoint, size.Cy!.Value / EmuPerPoint);
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => Shapes((SlidePart)presentation.GetPartById(id.RelationshipId!.Value!)))
            .ToList();
    }

    private static IReadOnlyList<PlacedShape> Shapes(SlidePart part)
    {
        var shapes = new List<PlacedShape>();
        foreach (var element in part.Slide.CommonSlideData!.ShapeTree!.ChildElements)
        {
            // A placeholder that keeps its layout's box writes none: it stands where the layout's placeholder does.
            var placed = element is P.Shape { ShapeProperties.Transform2D: null } inheriting
                && inheriting.Descendants<P.PlaceholderShape>().FirstOrDefault() is { } ph && part.SlideLayoutPart is { } layout
                ? Inherited.Box(ph, layout) : null;
            var (name, kind, offset, extents) = element switch
            {
                P.Shape s when placed is not null => (s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!, "shape", placed.Offset, placed.Extents),
                P.Shape s => (s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!, "shape", s.ShapeProperties?.Transform2D?.Offset, s.ShapeProperties?.Transform2D?.Extents),
                P.Picture p => (p.NonVisualPictureProperties!.NonVisualDrawingProperties!.Name!.Value!, "picture", p.ShapeProperties?.Transform2D?.Offset, p.ShapeProperties?.Transform2D?.Extents),
                P.GraphicFrame g => (g.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Name!.Value!, "table", g.Transform?.Offset, g.Transform?.Extents),
                _ => ("", "", (OpenXmlElement?)null, (OpenXmlElement?)null),
            };
            if (offset is null || extents is null)
            {
                continue;
            }

            var link = element.Descendants<P.PlaceholderShape>().FirstOrDefault();
            var runs = element.Descendants<A.Run>().ToList();
            var text = string.Concat(runs.Select(r => r.Text?.Text ?? ""));
            A.Paragraph ParagraphOf(A.Run run) => run.Ancestors<A.Paragraph>().First();
            var bold = runs.Where(r => Inherited.IsBold(r, ParagraphOf(r), link, part.SlideLayoutPart)).Select(r => r.Text?.Text ?? "").ToList();
            var sizes = runs.Select(r => Inherited.Size(r, ParagraphOf(r), link, part.SlideLayoutPart) ?? 0).ToList();
            shapes.Add(new PlacedShape(name, kind,
                Points(offset, "x"), Points(offset, "y"), Points(extents, "cx"), Points(extents, "cy"), text, bold, sizes,
                link is null ? null : link.Index?.Value ?? 0, part.SlideLayoutPart?.SlideLayout.CommonSlideData?.Name?.Value ?? ""));
        }

        return shapes;
    }

    private static double Points(OpenXmlElement element, string attribute) =>
        long.Parse(element.GetAttribute(attribute, "").Value!, System.Globalization.CultureInfo.InvariantCulture) / EmuPerPoint;
}
