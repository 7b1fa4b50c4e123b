using KeynoteBuilder.Layout;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// The text look a placeholder gives the text put into it (the master's text styles and the layout's
/// list style resolved): a slide writes only what differs from this.
/// </summary>
/// <param name="Size">Size of top-level text in points; deeper bullet levels scale by <see cref="TextGeometry.LevelScale"/>.</param>
/// <param name="Color">Six hex digits, as the layout pass gives colours.</param>
/// <param name="Bullets">Whether paragraphs are bullets, with <see cref="TextGeometry"/>'s margins and spacing.</param>
/// <param name="Spaced">Whether paragraphs after the first have space before them; a title or footer is one paragraph.</param>
/// <param name="Levels">
/// A speaker's template's look of each list level (its own sizes, margins and spacing): a slide then writes
/// no margin, spacing or size of its own, and compares colour, bold, alignment and bullets level by level.
/// Null for the built-in look, whose levels follow <see cref="TextGeometry"/>.
/// </param>
internal sealed record TextStyle(double Size, string Color, bool Bold = false, TextAlign Align = TextAlign.Left, bool Bullets = false, VerticalAnchor Anchor = VerticalAnchor.Top, bool Spaced = true,
    IReadOnlyList<TemplateLevel>? Levels = null)
{
    /// <summary>A template's style of the inheritance chain as it is at <paramref name="level"/>; the built-in style as it is.</summary>
    public TextStyle AtLevel(int level)
    {
        if (Levels is null)
        {
            return this;
        }

        var look = Levels[Math.Clamp(level, 0, Levels.Count - 1)];
        return this with { Size = look.Size, Color = look.Color, Bold = look.Bold, Align = look.Align, Bullets = look.Bullet };
    }

    /// <summary>A speaker's template's placeholder look.</summary>
    public static TextStyle Of(TemplateText text)
    {
        var top = text.At(0);
        return new TextStyle(top.Size, top.Color, top.Bold, top.Align, top.Bullet, text.Anchor, Levels: text.Levels);
    }

    /// <summary>Left margin of a paragraph at <paramref name="level"/> when its top-level text is <paramref name="top"/> points.</summary>
    public static double MarginLeft(bool bullet, int level, double top) => bullet ? TextGeometry.BulletMargin(level, top) : 0;

    /// <summary>First-line indent (negative: the bullet hangs) of a paragraph.</summary>
    public static double Indent(bool bullet, double top) => bullet ? -1.1 * top : 0;

    /// <summary>Space before a paragraph at the style's size: bullet lists space top-level items wider.</summary>
    public double SpaceBefore(int level) => Bullets ? TextGeometry.SpaceBefore(level, Size) : Spaced ? TextGeometry.SpaceBefore(1, Size) : 0;
}

/// <summary>
/// One placeholder of a layout (or of the master): its <c>p:ph</c> type and index, its box and its text
/// look. A slide's text goes into it by <see cref="Index"/> (and <see cref="Type"/>), never by position.
/// </summary>
/// <param name="Type">The <c>p:ph</c> type; null is a content placeholder (<c>obj</c>).</param>
/// <param name="Index">The <c>p:ph</c> idx; null is 0, the title's.</param>
/// <param name="Quarter">Footer-sized: written with <c>sz="quarter"</c>, as PowerPoint does.</param>
internal sealed record PlaceholderSlot(string Name, string? Type, int? Index, Box Box, TextStyle Style, bool Quarter = false)
{
    /// <summary>The <c>p:ph</c> element that links a slide's shape to this placeholder.</summary>
    public string PhXml => $"<p:ph{(Type is null ? "" : $" type=\"{Type}\"")}{(Quarter ? " sz=\"quarter\"" : "")}{(Index is null ? "" : $" idx=\"{Index}\"")}/>";
}

/// <summary>A slide layout: its name and type as PowerPoint writes them, and its placeholders.</summary>
/// <param name="Type">The layout's <c>type</c>; null for a custom layout (no standard type).</param>
internal sealed record LayoutDefinition(string Name, string? Type, IReadOnlyList<PlaceholderSlot> Placeholders);
