using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Binding;

/// <summary>
/// <c>theme.fonts</c>: extra font files for chart text, read through <see cref="DeckFiles"/> (so watch mode
/// sees them and <c>-o</c> never overwrites them), checked here, and the check of chart text against them.
/// </summary>
internal static class ThemeFonts
{
    public static IReadOnlyList<FontFile> Bind(YamlNode node, BindContext context)
    {
        var fonts = new List<FontFile>();
        foreach (var item in context.Sequence(node, "fonts")?.Items ?? [])
        {
            if (context.Text(item, "a font file") is not { } path || context.Files.ReadBytes(path, item.Start, context.Diagnostics) is not { } bytes)
            {
                continue;
            }

            if (FontFile.Load(path, bytes, out var problem) is { } font)
            {
                fonts.Add(font);
            }
            else
            {
                context.Diagnostics.Error(Codes.BadFontFile, item.Start, $"'{path}' is not a usable font file: {problem}");
            }
        }

        return fonts;
    }

    /// <summary>
    /// Warns at each of a slide's texts (title, subtitle, body, headings, cells, captions, source,
    /// footnote) that has a character no font has: the layout pass could only guess its width, so it may
    /// wrap or shrink wrongly, and a preview would draw a box. Chart texts are checked as charts bind.
    /// </summary>
    public static void CheckGlyphs(Model.Slide slide, BindContext context)
    {
        IEnumerable<Model.RichText?> texts = [slide.Title, .. slide.Subtitle, .. slide.Body?.Texts ?? [], slide.Source, slide.Footnote];
        foreach (var text in texts.OfType<Model.RichText>())
        {
            CheckGlyphs(text.Plain, text.Position, context, "so its width on the slide is a guess and a preview would draw an empty box");
        }
    }

    /// <summary>Warns at <paramref name="at"/> when <paramref name="text"/> has characters no font can draw (the first of each script); <paramref name="consequence"/> says what that does.</summary>
    public static void CheckGlyphs(string text, SourcePosition at, BindContext context, string consequence = "so the chart would draw an empty box")
    {
        if (MissingCharacters.Message(context.Fonts, text, consequence) is { } message)
        {
            context.Diagnostics.Warning(Codes.MissingGlyph, at, message);
        }
    }
}
