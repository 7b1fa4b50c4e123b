using System.Text;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// Text styles as DrawingML list-style levels (<c>a:lvlNpPr</c>): the master's <c>p:txStyles</c> and
/// the layouts' placeholder list styles. Faces are theme references (<c>+mj-lt</c> for titles,
/// <c>+mn-lt</c> for the rest) and colours scheme slots, so the Design tab restyles them.
/// </summary>
internal static class StyleXml
{
    /// <summary>Levels written for bullet styles: the deck nests three, PowerPoint offers nine.</summary>
    private const int Levels = 9;

    /// <summary>The master's title, body and other styles.</summary>
    public static string TextStyles(TextStyle title, TextStyle body, SchemeColors colors) =>
        $"<p:txStyles><p:titleStyle>{Level(1, title, colors, major: true)}</p:titleStyle>"
        + $"<p:bodyStyle>{Levels9(body, colors)}</p:bodyStyle>"
        + $"<p:otherStyle><a:defPPr><a:defRPr lang=\"en-US\"/></a:defPPr><a:lvl1pPr><a:defRPr sz=\"1800\">{Fill(colors.Theme.Text, colors)}<a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles>";

    /// <summary>A placeholder's <c>a:lstStyle</c>: one level for plain text, all for bullets.</summary>
    public static string ListStyle(TextStyle style, SchemeColors colors, bool major) =>
        $"<a:lstStyle>{(style.Bullets ? Levels9(style, colors) : Level(1, style, colors, major))}</a:lstStyle>";

    private static string Levels9(TextStyle style, SchemeColors colors)
    {
        var text = new StringBuilder();
        for (var level = 1; level <= Levels; level++)
        {
            text.Append(Level(level, style, colors, major: false));
        }

        return text.ToString();
    }

    private static string Level(int number, TextStyle style, SchemeColors colors, bool major)
    {
        var level = number - 1;
        var size = style.Size * (style.Bullets ? TextGeometry.LevelScale(level) : 1);
        var bullet = style.Bullets
            ? $"<a:buClr>{colors.Xml(TextLook.BulletColor(colors.Theme, level))}</a:buClr><a:buFont typeface=\"Arial\"/><a:buChar char=\"{TextLook.BulletChar(level)}\"/>"
            : "<a:buNone/>";
        return $"<a:lvl{number}pPr marL=\"{Emu.FromPoints(TextStyle.MarginLeft(style.Bullets, level, style.Size))}\" indent=\"{Emu.FromPoints(TextStyle.Indent(style.Bullets, style.Size))}\" algn=\"{Align(style.Align)}\">"
            + $"<a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"{Emu.FontSize(style.SpaceBefore(level))}\"/></a:spcBef>{bullet}"
            + $"<a:defRPr sz=\"{Emu.FontSize(size)}\" b=\"{(style.Bold ? 1 : 0)}\">{Fill(style.Color, colors)}<a:latin typeface=\"{(major ? "+mj-lt" : "+mn-lt")}\"/></a:defRPr></a:lvl{number}pPr>";
    }

    public static string Align(TextAlign align) => align switch { TextAlign.Center => "ctr", TextAlign.Right => "r", _ => "l" };

    public static string Anchor(VerticalAnchor anchor) => anchor switch { VerticalAnchor.Middle => "ctr", VerticalAnchor.Bottom => "b", _ => "t" };

    private static string Fill(string hex, SchemeColors colors) => $"<a:solidFill>{colors.Xml(hex)}</a:solidFill>";
}
