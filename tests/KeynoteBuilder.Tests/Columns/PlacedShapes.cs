using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Columns;

/// <summary>A shape as a viewer finds it on the slide: where it stands (in points), its text, its bold text and its text sizes (in points).</summary>
public sealed record PlacedShape(string Name, string Kind, double X, double Y, double Width, double Height, string Text, IReadOnlyList<string> Bold, IReadOnlyList<double> Sizes)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}

/// <summary>Reads every slide's shapes with their boxes from a built package, for tests of where things stand.</summary>
public static class PlacedShapes
{
    private const double EmuPerPoint = 12_700;

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
                ? Support.Inherited.Box(ph, layout) : null;
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

            var runs = element.Descendants<A.Run>().ToList();
            var text = string.Concat(runs.Select(r => r.Text?.Text ?? ""));
            var bold = runs.Where(r => r.RunProperties?.Bold?.Value == true).Select(r => r.Text?.Text ?? "").ToList();
            var sizes = runs.Select(r => (r.RunProperties?.FontSize?.Value ?? 0) / 100.0).ToList();
            shapes.Add(new PlacedShape(name, kind,
                Points(offset, "x"), Points(offset, "y"), Points(extents, "cx"), Points(extents, "cy"), text, bold, sizes));
        }

        return shapes;
    }

    private static double Points(OpenXmlElement element, string attribute) =>
        long.Parse(element.GetAttribute(attribute, "").Value!, System.Globalization.CultureInfo.InvariantCulture) / EmuPerPoint;
}
