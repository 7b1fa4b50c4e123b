using System.Globalization;
using System.Xml.Linq;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pptx.TemplateInput;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// Reads what a template's master or layout draws besides its placeholders (<see cref="TemplateArt"/>), for
/// the slide renderer: the background (solid, gradient or picture, also through the theme's background
/// styles), pictures, and shapes with a preset or custom geometry, solid or gradient fills and outlines.
/// Colours are resolved as the template's text colours are (<see cref="ThemeColors"/>), with alpha. Whatever else is there is named in <see cref="TemplateArt.Undrawn"/>.
/// </summary>
internal sealed class TemplateArtReader
{
    private static readonly XNamespace A = OpenXml.A;
    private static readonly XNamespace P = OpenXml.P;
    private static readonly XNamespace R = OpenXml.R;

    private readonly SafePackage _package;
    private readonly XElement? _theme;
    private readonly ThemeColors _colors;

    private TemplateArtReader(SafePackage package, XElement? theme, ThemeColors colors) =>
        (_package, _theme, _colors) = (package, theme, colors);

    /// <summary>The art of <paramref name="part"/> (a master or layout), its colours from <paramref name="masterPart"/>'s map and theme.</summary>
    public static TemplateArt Read(SafePackage package, string part, string masterPart)
    {
        try
        {
            var master = package.Xml(masterPart).Root!;
            var themePart = package.Relationships(masterPart).FirstOrDefault(r => r.Is("theme") && !r.External)?.Target;
            var theme = themePart is null ? null : package.Xml(themePart).Root;
            return new TemplateArtReader(package, theme, new ThemeColors(theme, master.Element(P + "clrMap"))).Read(part);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or TemplateProblem)
        {
            // The art is only for pictures of the slides: a part it cannot read is named, never a failed build.
            return TemplateArt.None with { Undrawn = [$"the drawing of '{part}' ({e.Message})"] };
        }
    }

    private TemplateArt Read(string part)
    {
        var root = _package.Xml(part).Root!;
        var rels = _package.Relationships(part).Where(r => !r.External).ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal);
        var cSld = root.Element(P + "cSld");
        var items = new List<ArtItem>();
        var undrawn = new List<string>();
        foreach (var element in cSld?.Element(P + "spTree")?.Elements() ?? [])
        {
            Item(element, rels, items, undrawn, GroupSpace.Slide);
        }

        return new TemplateArt(Background(cSld?.Element(P + "bg"), rels), items, undrawn, (string?)root.Attribute("showMasterSp") is "0" or "false");
    }

    private void Item(XElement element, Dictionary<string, string> rels, List<ArtItem> items, List<string> undrawn, GroupSpace space)
    {
        // The element's own non-visual properties (nvSpPr, nvPicPr, nvGrpSpPr...): a group's children have theirs.
        var properties = element.Elements().FirstOrDefault(e => e.Name.LocalName.StartsWith("nv", StringComparison.Ordinal));
        var name = (string?)properties?.Element(P + "cNvPr")?.Attribute("name") ?? "";
        var shown = name.Length > 0 ? $"'{name}'" : "without a name";
        var local = element.Name.LocalName;
        if (local is "nvGrpSpPr" or "grpSpPr" or "extLst")
        {
            return;
        }

        // Placeholders are the slide's own text; their look is the layout pass's business.
        if (properties?.Descendants(P + "ph").Any() == true)
        {
            return;
        }

        var spPr = element.Element(P + "spPr");
        var xfrm = spPr?.Element(A + "xfrm") ?? element.Element(P + "grpSpPr")?.Element(A + "xfrm") ?? element.Element(P + "xfrm");
        var (frame, rotation, flipH, flipV) = Frame(xfrm);
        if (frame is not { } own)
        {
            undrawn.Add($"a {Kind(local)} {shown} without a position");
            return;
        }

        var box = space.Place(own);
        switch (local)
        {
            case "grpSp" when rotation != 0 || flipH || flipV:
                undrawn.Add($"the turned or flipped group of shapes {shown}");
                break;
            case "grpSp" when space.Depth >= GroupSpace.DeepestNesting:
                undrawn.Add($"the group of shapes {shown} (groups nested more than {GroupSpace.DeepestNesting} deep)");
                break;
            case "grpSp":
                if (space.Inside(own, xfrm!) is not { } inside)
                {
                    undrawn.Add($"the group of shapes {shown} (its children's frame is empty)");
                    break;
                }

                foreach (var child in element.Elements())
                {
                    Item(child, rels, items, undrawn, inside);
                }

                break;
            case "pic":
                var embed = (string?)element.Element(P + "blipFill")?.Element(A + "blip")?.Attribute(R + "embed");
                if (embed is not null && rels.TryGetValue(embed, out var target) && _package.Exists(target))
                {
                    items.Add(new ArtPicture(name, box, _package.Bytes(target)) { Rotation = rotation, FlipHorizontal = flipH, FlipVertical = flipV });
                }
                else
                {
                    undrawn.Add($"the picture {shown}");
                }

                break;
            case "sp" or "cxnSp":
                var preset = (string?)spPr?.Element(A + "prstGeom")?.Attribute("prst");
                var custom = spPr?.Element(A + "custGeom");
                if (preset is null && custom is null)
                {
                    undrawn.Add($"the shape {shown} (no geometry it can draw)");
                    break;
                }

                var line = spPr?.Element(A + "ln");
                var lineColor = line?.Element(A + "noFill") is null ? Color(line?.Element(A + "solidFill")) : null;
                var styleLine = line is null ? Color(element.Element(P + "style")?.Element(A + "lnRef")) : null;
                var fill = Fill(spPr, rels) ?? (spPr?.Element(A + "noFill") is null ? FillFromStyle(element) : null);
                var width = OpenXml.Points(line, "w") is var w && !double.IsNaN(w) ? w : 0.75;
                items.Add(new ArtShape(name, box, preset ?? "custom", custom is null ? [] : Paths(custom), fill, lineColor ?? styleLine, width)
                { Rotation = rotation, FlipHorizontal = flipH, FlipVertical = flipV, Adjust = Adjust(spPr?.Element(A + "prstGeom")) });
                if (element.Element(P + "txBody")?.Descendants(A + "t").Any(t => !string.IsNullOrWhiteSpace(t.Value)) == true)
                {
                    undrawn.Add($"the text of the shape {shown}");
                }

                break;
            default:
                undrawn.Add($"a {Kind(local)} {shown}");
                break;
        }
    }

    /// <summary>A preset's <c>adj</c> (or <c>adj1</c>) written as <c>val N</c>, in 100000ths.</summary>
    private static double? Adjust(XElement? preset)
    {
        var guide = preset?.Element(A + "avLst")?.Elements(A + "gd").FirstOrDefault(g => (string?)g.Attribute("name") is "adj" or "adj1");
        var formula = ((string?)guide?.Attribute("fmla"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return formula is ["val", var value] && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n / 100000.0, 0, 0.5)
            : null;
    }

    private static string Kind(string local) => local switch
    {
        "grpSp" => "group of shapes",
        "graphicFrame" => "table, chart or diagram",
        "contentPart" => "piece of ink",
        "pic" => "picture",
        "cxnSp" => "connector",
        _ => "shape",
    };

    private static (Box? Box, double Rotation, bool FlipH, bool FlipV) Frame(XElement? xfrm)
    {
        var (off, ext) = (xfrm?.Element(A + "off"), xfrm?.Element(A + "ext"));
        var box = new Box(OpenXml.Points(off, "x"), OpenXml.Points(off, "y"), OpenXml.Points(ext, "cx"), OpenXml.Points(ext, "cy"));
        if (double.IsNaN(box.X + box.Y + box.Width + box.Height) || box.Width < 0 || box.Height < 0)
        {
            return (null, 0, false, false);
        }

        var rotation = int.TryParse((string?)xfrm?.Attribute("rot"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rot) ? rot / 60000.0 : 0;
        return (box, rotation, (string?)xfrm?.Attribute("flipH") is "1" or "true", (string?)xfrm?.Attribute("flipV") is "1" or "true");
    }

    private ArtFill? Background(XElement? bg, Dictionary<string, string> rels)
    {
        if (bg?.Element(P + "bgPr") is { } properties)
        {
            return Fill(properties, rels);
        }

        // A reference into the theme's background styles (1001 and up), its placeholder colour given here.
        if (bg?.Element(P + "bgRef") is { } reference && int.TryParse((string?)reference.Attribute("idx"), NumberStyles.None, CultureInfo.InvariantCulture, out var idx) && idx > 1000)
        {
            var style = _theme?.Descendants(A + "bgFillStyleLst").FirstOrDefault()?.Elements().ElementAtOrDefault(idx - 1001);
            var placeholder = Color(reference);
            return style is null ? null : FillElement(style, rels, placeholder);
        }

        return null;
    }

    private ArtFill? FillFromStyle(XElement shape)
    {
        var reference = shape.Element(P + "style")?.Element(A + "fillRef");
        return reference is not null && (string?)reference.Attribute("idx") is not "0" && Color(reference) is { } color ? ArtFill.Solid(color) : null;
    }

    /// <summary>The fill among <paramref name="parent"/>'s children, or null when it has none (or none that is drawn).</summary>
    private ArtFill? Fill(XElement? parent, Dictionary<string, string> rels) =>
        parent?.Elements().FirstOrDefault(e => e.Name == A + "solidFill" || e.Name == A + "gradFill" || e.Name == A + "blipFill") is { } fill
            ? FillElement(fill, rels, null)
            : null;

    private ArtFill? FillElement(XElement fill, Dictionary<string, string> rels, string? placeholder)
    {
        switch (fill.Name.LocalName)
        {
            case "solidFill":
                return ColorWithAlpha(fill, placeholder) is ({ } color, var alpha) ? ArtFill.Solid(color, alpha) : null;
            case "gradFill":
                var stops = fill.Element(A + "gsLst")?.Elements(A + "gs")
                    .Select(gs => (Position: Number(gs, "pos") / 100000.0, Color: ColorWithAlpha(gs, placeholder)))
                    .Where(s => s.Color.Color is not null && !double.IsNaN(s.Position))
                    .Select(s => new ArtStop(Math.Clamp(s.Position, 0, 1), s.Color.Color!, s.Color.Alpha))
                    .OrderBy(s => s.Position)
                    .ToList() ?? [];
                var angle = Number(fill.Element(A + "lin"), "ang") / 60000.0;
                return stops.Count == 0 ? null : new ArtFill(stops, double.IsNaN(angle) ? 90 : angle);
            case "blipFill":
                var embed = (string?)fill.Element(A + "blip")?.Attribute(R + "embed");
                return embed is not null && rels.TryGetValue(embed, out var target) && _package.Exists(target)
                    ? new ArtFill([], Picture: _package.Bytes(target))
                    : null;
            default:
                return null;
        }
    }

    private static double Number(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;

    private string? Color(XElement? parent) => ColorWithAlpha(parent, null).Color;

    /// <summary>The colour element among <paramref name="parent"/>'s children, resolved to six hex digits, with its alpha.</summary>
    private (string? Color, double Alpha) ColorWithAlpha(XElement? parent, string? placeholder)
    {
        var element = parent?.Elements().FirstOrDefault(e => e.Name.LocalName is "srgbClr" or "schemeClr" or "sysClr");
        if (element is null)
        {
            return (null, 1);
        }

        // phClr is the colour the referring element gives (a background reference's own colour).
        var hex = element.Name.LocalName == "schemeClr" && (string?)element.Attribute("val") == "phClr" ? placeholder : _colors.Of(element);
        return (hex, Number(element.Element(A + "alpha"), "val") is var a && !double.IsNaN(a) ? a / 100000.0 : 1);
    }

    private static List<ArtPath> Paths(XElement custom)
    {
        var paths = new List<ArtPath>();
        foreach (var path in custom.Element(A + "pathLst")?.Elements(A + "path") ?? [])
        {
            var steps = new List<ArtPathStep>();
            foreach (var step in path.Elements())
            {
                var points = step.Elements(A + "pt").SelectMany(pt => new[] { Number(pt, "x"), Number(pt, "y") }).ToArray();
                var kind = step.Name.LocalName switch
                {
                    "moveTo" => 'M',
                    "lnTo" => 'L',
                    "cubicBezTo" => 'C',
                    "quadBezTo" => 'Q',
                    "close" => 'Z',
                    _ => '?',
                };
                if (kind != '?' && !points.Any(double.IsNaN))
                {
                    steps.Add(new ArtPathStep(kind, points));
                }
            }

            paths.Add(new ArtPath(Number(path, "w"), Number(path, "h"), steps, (string?)path.Attribute("fill") != "none"));
        }

        return paths;
    }
}

/// <summary>
/// Where a group's children are: DrawingML places them in the group's own child frame (<c>chOff</c>,
/// <c>chExt</c>), stretched onto the group's frame (<c>off</c>, <c>ext</c>); groups nest. Maps a child's
/// box, in points, to the slide: <c>x' = OffsetX + x * ScaleX</c>.
/// </summary>
internal readonly record struct GroupSpace(double OffsetX, double OffsetY, double ScaleX, double ScaleY, int Depth = 0)
{
    /// <summary>Real templates nest groups a few deep; a hostile one could nest them until the stack runs out.</summary>
    public const int DeepestNesting = 16;

    public static GroupSpace Slide { get; } = new(0, 0, 1, 1);

    public Box Place(Box box) => new(OffsetX + (box.X * ScaleX), OffsetY + (box.Y * ScaleY), box.Width * ScaleX, box.Height * ScaleY);

    /// <summary>The space of the children of a group whose frame here is <paramref name="frame"/>, or null when its child frame is empty.</summary>
    public GroupSpace? Inside(Box frame, XElement xfrm)
    {
        var (chOff, chExt) = (xfrm.Element(OpenXml.A + "chOff"), xfrm.Element(OpenXml.A + "chExt"));
        var child = new Box(OpenXml.Points(chOff, "x"), OpenXml.Points(chOff, "y"), OpenXml.Points(chExt, "cx"), OpenXml.Points(chExt, "cy"));
        if (double.IsNaN(child.X + child.Y + child.Width + child.Height) || child.Width <= 0 || child.Height <= 0)
        {
            return null;
        }

        var (sx, sy) = (frame.Width / child.Width, frame.Height / child.Height);
        return new GroupSpace(OffsetX + (ScaleX * (frame.X - (child.X * sx))), OffsetY + (ScaleY * (frame.Y - (child.Y * sy))), ScaleX * sx, ScaleY * sy, Depth + 1);
    }
}
