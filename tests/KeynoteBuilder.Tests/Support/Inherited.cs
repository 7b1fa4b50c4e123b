using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Support;

/// <summary>
/// What a slide's text inherits from its placeholder, resolved as PowerPoint does: the run and the
/// paragraph, then the layout placeholder with the same idx, then the master placeholder of its type,
/// then the master's title or body style.
/// </summary>
public static class Inherited
{
    /// <summary>Whether the paragraph shows a bullet character.</summary>
    public static bool HasBullet(A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout) =>
        Resolve<bool>(paragraph, ph, layout, p => p.GetFirstChild<A.CharacterBullet>() is not null ? true : p.GetFirstChild<A.NoBullet>() is not null ? false : null) ?? false;

    /// <summary>Whether a run (or field) of the paragraph is bold: its own <c>b</c>, else its level's default.</summary>
    public static bool IsBold(OpenXmlElement run, A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout) =>
        run.GetFirstChild<A.RunProperties>()?.Bold?.Value ?? Resolve(paragraph, ph, layout, p => p.GetFirstChild<A.DefaultRunProperties>()?.Bold?.Value) ?? false;

    /// <summary>A run's colour as six hex digits: its own fill, else its level's default, scheme slots looked up in the theme.</summary>
    public static string? Color(OpenXmlElement run, A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout)
    {
        var theme = layout?.SlideMasterPart?.ThemePart?.Theme.ThemeElements?.ColorScheme;
        return Hex(run.GetFirstChild<A.RunProperties>()?.GetFirstChild<A.SolidFill>(), theme)
            ?? ResolveText(paragraph, ph, layout, p => Hex(p.GetFirstChild<A.DefaultRunProperties>()?.GetFirstChild<A.SolidFill>(), theme));
    }

    /// <summary>A run's size in points as shown: its own, else its level's default scaled by its body's fontScale.</summary>
    public static double? Size(OpenXmlElement run, A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout)
    {
        if (run.GetFirstChild<A.RunProperties>()?.FontSize?.Value is { } own)
        {
            return own / 100.0;
        }

        var scale = paragraph.Parent?.GetFirstChild<A.BodyProperties>()?.GetFirstChild<A.NormalAutoFit>()?.FontScale?.Value ?? 100_000;
        return Resolve(paragraph, ph, layout, p => p.GetFirstChild<A.DefaultRunProperties>()?.FontSize?.Value) is { } size ? size / 100.0 * scale / 100_000 : null;
    }

    /// <summary>The box of the layout placeholder a slide's placeholder inherits its box from (the same idx).</summary>
    public static A.Transform2D? Box(P.PlaceholderShape ph, SlideLayoutPart layout) =>
        layout.SlideLayout.Descendants<P.PlaceholderShape>().FirstOrDefault(p => (p.Index?.Value ?? 0) == (ph.Index?.Value ?? 0))
            ?.Ancestors<P.Shape>().FirstOrDefault()?.ShapeProperties?.Transform2D;

    /// <summary>A fill's colour: a fixed one, or a scheme slot through the default colour map.</summary>
    public static string? Hex(A.SolidFill? fill, A.ColorScheme? theme)
    {
        if (fill?.RgbColorModelHex?.Val?.Value is { } rgb)
        {
            return rgb;
        }

        if (fill?.SchemeColor?.Val?.InnerText is not { } slot || theme is null)
        {
            return null;
        }

        var name = slot switch { "tx1" => "dk1", "bg1" => "lt1", "tx2" => "dk2", "bg2" => "lt2", _ => slot };
        return theme.Elements().Single(e => e.LocalName == name).GetFirstChild<A.RgbColorModelHex>()?.Val?.Value;
    }

    private static T? Resolve<T>(A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout, Func<A.TextParagraphPropertiesType, T?> pick)
        where T : struct => ResolveAny(paragraph, ph, layout, p => pick(p) is { } value ? (object)value : null) is T found ? found : null;

    private static string? ResolveText(A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout, Func<A.TextParagraphPropertiesType, string?> pick) =>
        ResolveAny(paragraph, ph, layout, p => pick(p)) as string;

    private static object? ResolveAny(A.Paragraph paragraph, P.PlaceholderShape? ph, SlideLayoutPart? layout, Func<A.TextParagraphPropertiesType, object?> pick)
    {
        if (paragraph.ParagraphProperties is { } own && pick(own) is { } value)
        {
            return value;
        }

        if (ph is null || layout is null)
        {
            return null;
        }

        var level = $"lvl{(paragraph.ParagraphProperties?.Level?.Value ?? 0) + 1}pPr";
        object? FromList(OpenXmlElement? list) =>
            list?.Elements<A.TextParagraphPropertiesType>().FirstOrDefault(e => e.LocalName == level) is { } properties ? pick(properties) : null;
        static A.ListStyle? ListOf(P.PlaceholderShape? placeholder) => placeholder?.Ancestors<P.Shape>().FirstOrDefault()?.TextBody?.ListStyle;

        var index = ph.Index?.Value ?? 0;
        var onLayout = layout.SlideLayout.Descendants<P.PlaceholderShape>().FirstOrDefault(p => (p.Index?.Value ?? 0) == index);
        var type = onLayout?.Type?.Value ?? ph.Type?.Value ?? P.PlaceholderValues.Object;
        var master = layout.SlideMasterPart?.SlideMaster;
        var masterType = type == P.PlaceholderValues.CenteredTitle ? P.PlaceholderValues.Title
            : type == P.PlaceholderValues.Object || type == P.PlaceholderValues.SubTitle || type == P.PlaceholderValues.Picture ? P.PlaceholderValues.Body : type;
        var onMaster = master?.Descendants<P.PlaceholderShape>().FirstOrDefault(p => p.Type?.Value == masterType);

        // Titles take the master's title style and bodies its body style; footers the other style.
        var styles = master?.TextStyles;
        OpenXmlElement? style = masterType == P.PlaceholderValues.Title ? styles?.TitleStyle : masterType == P.PlaceholderValues.Body ? styles?.BodyStyle : styles?.OtherStyle;
        return FromList(ListOf(onLayout)) ?? FromList(ListOf(onMaster)) ?? FromList(style);
    }
}
