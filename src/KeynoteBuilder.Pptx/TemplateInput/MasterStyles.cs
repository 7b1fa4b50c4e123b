using System.Xml.Linq;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// What a layout's placeholders inherit from their master (MS-OI29500 §2.1.1127): the master placeholder
/// of the same kind (titles from the title, dates, footers and numbers from their own, everything else
/// from the body), then the master's text styles, then PowerPoint's defaults.
/// </summary>
internal sealed class MasterStyles
{
    private static readonly double[] DefaultBody = [32, 28, 24, 20, 20, 20, 20, 20, 20];

    private readonly Dictionary<string, RawPlaceholder> _placeholders = new(StringComparer.Ordinal);
    private readonly double[] _title;
    private readonly double[] _body;
    private readonly double[] _other;
    private readonly double _width;
    private readonly double _height;

    public MasterStyles(XElement master, double width, double height)
    {
        (_width, _height) = (width, height);
        foreach (var placeholder in OpenXml.Placeholders(master))
        {
            _placeholders.TryAdd(Kind(placeholder.Type), placeholder);
        }

        var styles = master.Element(OpenXml.P + "txStyles");
        _title = OpenXml.LevelSizes(styles?.Element(OpenXml.P + "titleStyle"));
        _body = OpenXml.LevelSizes(styles?.Element(OpenXml.P + "bodyStyle"));
        _other = OpenXml.LevelSizes(styles?.Element(OpenXml.P + "otherStyle"));
    }

    public TemplatePlaceholder Inherit(RawPlaceholder layout)
    {
        var kind = Kind(layout.Type);
        _placeholders.TryGetValue(kind, out var master);
        var styles = kind switch { "title" => _title, "body" => _body, _ => _other };
        var sizes = new double[9];
        for (var level = 0; level < 9; level++)
        {
            sizes[level] = First(layout.LevelSizes[level], master?.LevelSizes[level] ?? double.NaN, styles[level],
                kind switch { "title" => 44, "body" => DefaultBody[level], _ => 18 });
        }

        var defaults = TextInsets.Default;
        double Inset(int i, double fallback) => First(layout.Insets[i], master?.Insets[i] ?? double.NaN, fallback);
        return new TemplatePlaceholder(
            layout.Type,
            layout.Index,
            layout.Box ?? master?.Box ?? DefaultBox(kind),
            layout.Vertical,
            sizes,
            new TextInsets(Inset(0, defaults.Left), Inset(1, defaults.Top), Inset(2, defaults.Right), Inset(3, defaults.Bottom)));
    }

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
