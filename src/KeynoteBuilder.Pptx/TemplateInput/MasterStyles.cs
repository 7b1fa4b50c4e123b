using System.Xml.Linq;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// What a layout's placeholders inherit from their master (MS-OI29500 §2.1.1127): the master placeholder
/// of the same kind (titles from the title, dates, footers and numbers from their own, everything else
/// from the body), then the master's text styles, then PowerPoint's defaults. Each property of each list
/// level is resolved on its own, the first element of the chain that gives it winning. A master without
/// text styles (LibreOffice's exports) has its looks only in its prompt text: they are taken from there,
/// marked as not inherited, so that slides write them out.
/// </summary>
internal sealed class MasterStyles
{
    private static readonly double[] DefaultBody = [32, 28, 24, 20, 20, 20, 20, 20, 20];

    private readonly Dictionary<string, RawPlaceholder> _placeholders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawLevel[]> _styles = new(StringComparer.Ordinal);
    private readonly bool _hasStyles;
    private readonly ThemeColors _colors;
    private readonly TemplateFonts _fonts;
    private readonly double _width;
    private readonly double _height;

    public MasterStyles(XElement master, XElement? theme, TemplateFonts fonts, double width, double height)
    {
        (_width, _height, _fonts) = (width, height, fonts);
        _colors = new ThemeColors(theme, master.Element(OpenXml.P + "clrMap"));
        foreach (var placeholder in OpenXml.Placeholders(master))
        {
            _placeholders.TryAdd(Kind(placeholder.Type), placeholder);
        }

        var styles = master.Element(OpenXml.P + "txStyles");
        _hasStyles = styles is not null;
        _styles["title"] = RawLevel.List(styles?.Element(OpenXml.P + "titleStyle"), _colors);
        _styles["body"] = RawLevel.List(styles?.Element(OpenXml.P + "bodyStyle"), _colors);
        _styles["other"] = RawLevel.List(styles?.Element(OpenXml.P + "otherStyle"), _colors);
    }

    public TemplatePlaceholder Inherit(RawPlaceholder layout)
    {
        var kind = Kind(layout.Type);
        _placeholders.TryGetValue(kind, out var master);
        var text = Text(kind, layout, master);
        var defaults = TextInsets.Default;
        double Inset(int i, double fallback) => First(layout.Insets[i], master?.Insets[i] ?? double.NaN, fallback);
        return new TemplatePlaceholder(
            layout.Type,
            layout.Index,
            layout.Box ?? master?.Box ?? DefaultBox(kind),
            layout.Vertical,
            [.. text.Levels.Select(l => l.Size)],
            new TextInsets(Inset(0, defaults.Left), Inset(1, defaults.Top), Inset(2, defaults.Right), Inset(3, defaults.Bottom)),
            text);
    }

    /// <summary>The text look of a layout placeholder of <paramref name="kind"/>, level by level.</summary>
    private TemplateText Text(string kind, RawPlaceholder layout, RawPlaceholder? master)
    {
        var chain = new List<RawLevel[]>
        {
            RawLevel.List(ListStyle(layout.Shape), _colors),
            RawLevel.List(ListStyle(master?.Shape), _colors),
            _styles[kind is "title" or "body" ? kind : "other"],
        };
        if (!_hasStyles)
        {
            chain.Add(RawLevel.Prompt(layout.Shape, _colors));
            chain.Add(RawLevel.Prompt(master?.Shape, _colors));
        }

        var levels = new TemplateLevel[9];
        for (var level = 0; level < 9; level++)
        {
            var raw = chain.Select(c => c[level]).Aggregate(RawLevel.Empty, (found, next) => found.Or(next));
            var size = raw.Size ?? kind switch { "title" => 44, "body" => DefaultBody[level], _ => 18 };
            levels[level] = new TemplateLevel(
                size,
                raw.Color ?? _colors.Slot("tx1") ?? "000000",
                raw.Bold ?? false,
                raw.Align ?? TextAlign.Left,
                raw.Bullet ?? false,
                raw.MarginLeft ?? 0,
                raw.Indent ?? 0,
                raw.LineSpacing ?? 1,
                raw.SpaceBefore?.Points(size) ?? 0,
                Face(raw.Face ?? (kind == "title" ? "+mj-lt" : "+mn-lt")));
        }

        var anchor = Anchor(layout.Shape) ?? Anchor(master?.Shape) ?? VerticalAnchor.Top;
        return new TemplateText(levels, anchor, _hasStyles);
    }

    /// <summary>A typeface, with the theme's heading (<c>+mj-…</c>) and body (<c>+mn-…</c>) references resolved.</summary>
    private string Face(string face) => face.StartsWith("+mj", StringComparison.Ordinal) ? _fonts.Heading
        : face.StartsWith("+mn", StringComparison.Ordinal) ? _fonts.Body
        : face;

    private static XElement? ListStyle(XElement? shape) => shape?.Element(OpenXml.P + "txBody")?.Element(OpenXml.A + "lstStyle");

    private static VerticalAnchor? Anchor(XElement? shape) =>
        (string?)shape?.Element(OpenXml.P + "txBody")?.Element(OpenXml.A + "bodyPr")?.Attribute("anchor") switch
        {
            "t" => VerticalAnchor.Top,
            "ctr" => VerticalAnchor.Middle,
            "b" => VerticalAnchor.Bottom,
            _ => null,
        };

    /// <summary>The master placeholder a layout placeholder of <paramref name="type"/> inherits from.</summary>
    private static string Kind(string type) => type switch
    {
        "title" or "ctrTitle" => "title",
        "dt" or "ftr" or "sldNum" or "hdr" => type,
        _ => "body",
    };

    /// <summary>Where PowerPoint's own master puts each kind, for masters that give none (in proportion to the slide).</summary>
    private Box DefaultBox(string kind) => kind switch
    {
        "title" => new Box(_width * 0.07, _height * 0.05, _width * 0.86, _height * 0.18),
        "body" => new Box(_width * 0.07, _height * 0.27, _width * 0.86, _height * 0.6),
        _ => new Box(_width * 0.07, _height * 0.9, _width * 0.3, _height * 0.06),
    };

    private static double First(params double[] values) => values.First(v => !double.IsNaN(v));
}
