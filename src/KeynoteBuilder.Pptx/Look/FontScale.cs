using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// How a placeholder's text size, as the layout pass fitted it, relates to the size the placeholder
/// inherits. One fit sizes the whole shape (deeper bullet levels keep their ratio), so the top-level
/// size of its first paragraph says it all.
/// </summary>
/// <param name="Shrink">normAutofit's fontScale in thousandths of a percent (62500 is 62.5%), when the text was shrunk to fit.</param>
/// <param name="Larger">The text is larger than the style allows (a fontScale cannot exceed 100%): sizes are written on the runs.</param>
internal readonly record struct FontScale(int? Shrink, bool Larger)
{
    public static FontScale Of(TextShape shape, TextStyle inherited)
    {
        if (shape.Paragraphs.Count == 0)
        {
            return default;
        }

        var first = shape.Paragraphs[0];
        var top = inherited.Levels is null ? first.Size / (inherited.Bullets ? TextGeometry.LevelScale(first.Level) : 1) : first.Size;
        var scale = (int)Math.Round(top / inherited.AtLevel(first.Level).Size * 100_000);
        return scale switch
        {
            100_000 => default,
            > 100_000 => new(null, true),
            _ => new(Math.Max(scale, 1_000), false),
        };
    }
}
