using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Templates;

/// <summary>What a template gives the things we draw ourselves (tables, charts): colours and fonts from its theme.</summary>
public static class TemplateLooks
{
    /// <summary>PowerPoint's Office theme colours (2013 on): for a model read without a theme's colours.</summary>
    public static TemplateColors OfficeColors { get; } = new(
        new Dictionary<string, string>
        {
            ["dk1"] = "000000",
            ["lt1"] = "FFFFFF",
            ["dk2"] = "44546A",
            ["lt2"] = "E7E6E6",
            ["accent1"] = "4472C4",
            ["accent2"] = "ED7D31",
            ["accent3"] = "A5A5A5",
            ["accent4"] = "FFC000",
            ["accent5"] = "5B9BD5",
            ["accent6"] = "70AD47",
            ["hlink"] = "0563C1",
            ["folHlink"] = "954F72",
        },
        TemplateColors.UsualMap);

    /// <summary>
    /// A chart on a template: its text and background in the master's text and background colours, its series in
    /// the theme's accents, and its text in the theme's body font when one of the deck's <c>theme.fonts</c> files
    /// is that font (fonts never come from the system: otherwise the bundled one, so every machine draws the same).
    /// </summary>
    public static ChartSpec ChartOn(ChartSpec spec, DeckTemplate template, IReadOnlyList<FontFile> fonts)
    {
        var colors = template.Colors;
        var accents = colors.Accents;
        var face = fonts.FirstOrDefault(f => string.Equals(f.FamilyName, template.Master.Fonts.Body, StringComparison.OrdinalIgnoreCase));
        return spec with
        {
            Style = spec.Style with
            {
                FontFamily = face?.FamilyName ?? spec.Style.FontFamily,
                Text = colors.Hex("tx1") ?? spec.Style.Text,
                Background = colors.Hex("bg1") ?? spec.Style.Background,
                Accent = accents.Count > 0 ? accents[0] : spec.Style.Accent,
            },
            SeriesColors = accents,
            Face = face,
        };
    }
}
