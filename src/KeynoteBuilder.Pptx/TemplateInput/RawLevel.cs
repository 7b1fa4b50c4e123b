using System.Globalization;
using System.Xml.Linq;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// One list level's text look as one element writes it (an <c>a:lvlNpPr</c>, or a prompt paragraph's
/// <c>a:pPr</c> with its first run's properties): null where it says nothing, so the next element of the
/// inheritance chain decides. Colours are already resolved through the master's theme.
/// </summary>
internal sealed record RawLevel(
    double? Size,
    string? Color,
    bool? Bold,
    TextAlign? Align,
    bool? Bullet,
    double? MarginLeft,
    double? Indent,
    double? LineSpacing,
    Spacing? SpaceBefore,
    string? Face)
{
    public static RawLevel Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);

    /// <summary>This level's values, and <paramref name="fallback"/>'s where this one says nothing.</summary>
    public RawLevel Or(RawLevel fallback) => new(
        Size ?? fallback.Size,
        Color ?? fallback.Color,
        Bold ?? fallback.Bold,
        Align ?? fallback.Align,
        Bullet ?? fallback.Bullet,
        MarginLeft ?? fallback.MarginLeft,
        Indent ?? fallback.Indent,
        LineSpacing ?? fallback.LineSpacing,
        SpaceBefore ?? fallback.SpaceBefore,
        Face ?? fallback.Face);

    /// <summary>The nine levels of a list style (<c>a:lstStyle</c>, <c>p:titleStyle</c> …); empty levels where it has none.</summary>
    public static RawLevel[] List(XElement? listStyle, ThemeColors colors)
    {
        var levels = new RawLevel[9];
        for (var level = 0; level < 9; level++)
        {
            var properties = listStyle?.Element(OpenXml.A + $"lvl{level + 1}pPr");
            levels[level] = properties is null ? Empty : Read(properties, properties.Element(OpenXml.A + "defRPr"), colors);
        }

        return levels;
    }

    /// <summary>
    /// The nine levels as a placeholder's prompt text shows them ("Click to edit the outline text format"):
    /// each level's first paragraph, its paragraph properties and first run's (or end mark's) properties.
    /// LibreOffice writes its masters' looks only there.
    /// </summary>
    public static RawLevel[] Prompt(XElement? shape, ThemeColors colors)
    {
        var levels = Enumerable.Repeat(Empty, 9).ToArray();
        foreach (var paragraph in shape?.Element(OpenXml.P + "txBody")?.Elements(OpenXml.A + "p") ?? [])
        {
            var properties = paragraph.Element(OpenXml.A + "pPr");
            var level = int.TryParse((string?)properties?.Attribute("lvl"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Min(l, 8) : 0;
            if (levels[level] == Empty)
            {
                var run = paragraph.Elements(OpenXml.A + "r").Select(r => r.Element(OpenXml.A + "rPr")).FirstOrDefault(r => r is not null)
                    ?? paragraph.Element(OpenXml.A + "endParaRPr");
                levels[level] = Read(properties, run, colors);
            }
        }

        return levels;
    }

    private static RawLevel Read(XElement? paragraph, XElement? run, ThemeColors colors)
    {
        var a = OpenXml.A;
        var size = int.TryParse((string?)run?.Attribute("sz"), NumberStyles.None, CultureInfo.InvariantCulture, out var hundredths) && hundredths is >= 100 and <= 400000
            ? hundredths / 100.0
            : (double?)null;
        bool? bullet = paragraph?.Element(a + "buNone") is not null ? false
            : paragraph?.Element(a + "buChar") is not null || paragraph?.Element(a + "buAutoNum") is not null || paragraph?.Element(a + "buBlip") is not null ? true
            : null;
        var face = (string?)run?.Element(a + "latin")?.Attribute("typeface");
        return new RawLevel(
            size,
            colors.FillOf(run),
            Flag((string?)run?.Attribute("b")),
            (string?)paragraph?.Attribute("algn") switch { "l" or "just" or "dist" => TextAlign.Left, "ctr" => TextAlign.Center, "r" => TextAlign.Right, _ => null },
            bullet,
            Nullable(OpenXml.Points(paragraph, "marL")),
            Nullable(OpenXml.Points(paragraph, "indent")),
            Spacing.Of(paragraph?.Element(a + "lnSpc")) is { Percent: true } line ? line.Value : null,
            Spacing.Of(paragraph?.Element(a + "spcBef")),
            string.IsNullOrWhiteSpace(face) ? null : face);
    }

    private static bool? Flag(string? value) => value switch { "1" or "true" => true, "0" or "false" => false, _ => null };

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}

/// <summary>A spacing (<c>a:lnSpc</c>, <c>a:spcBef</c>): a fraction of the text size's line when <see cref="Percent"/>, else points.</summary>
internal readonly record struct Spacing(double Value, bool Percent)
{
    public static Spacing? Of(XElement? spacing)
    {
        if (spacing?.Element(OpenXml.A + "spcPct") is { } percent
            && int.TryParse((string?)percent.Attribute("val"), NumberStyles.None, CultureInfo.InvariantCulture, out var thousandths) && thousandths <= 1_000_000)
        {
            return new Spacing(thousandths / 100_000.0, true);
        }

        return spacing?.Element(OpenXml.A + "spcPts") is { } points
            && int.TryParse((string?)points.Attribute("val"), NumberStyles.None, CultureInfo.InvariantCulture, out var hundredths) && hundredths <= 158_400
            ? new Spacing(hundredths / 100.0, false)
            : null;
    }

    /// <summary>In points, for text of <paramref name="size"/>: a percentage is of a single line (1.2 em).</summary>
    public double Points(double size) => Percent ? Value * size * 1.2 : Value;
}
