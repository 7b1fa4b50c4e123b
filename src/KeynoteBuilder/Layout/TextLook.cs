using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// How text looks beyond its size: bullet marks and the colours of runs and bullets. The .pptx writer
/// writes these and the slide renderer draws them, from this one definition.
/// </summary>
public static class TextLook
{
    /// <summary>The bullet mark of a level: a dash on the second level, a dot elsewhere.</summary>
    public static string BulletChar(int level) => level == 1 ? "\u2013" : "\u2022";

    /// <summary>The bullet's colour: the accent on the top level, muted below.</summary>
    public static string BulletColor(Theme theme, int level) => level == 0 ? theme.Accent : theme.Muted;

    /// <summary>
    /// Emphasis and links take their theme colour, a coloured run (highlighted code) its own, unless it would be unreadable where the run sits
    /// (emphasis in the accent-filled table header, an accent too close to a dark background): then
    /// the paragraph's colour, which stays bold or underlined.
    /// </summary>
    public static string RunColor(Theme theme, TextRun run, string color, string behind)
    {
        var wanted = run.Emphasis ? theme.Emphasis : run.Link is not null ? theme.Link : run.Color ?? color;
        return Contrast.Ratio(wanted, behind) >= Contrast.Minimum || Contrast.Ratio(color, behind) <= Contrast.Ratio(wanted, behind) ? wanted : color;
    }

    /// <summary>A table row's fill: the accent behind the header, then body rows banded (<paramref name="bodyRow"/> counts from 0).</summary>
    public static string RowFill(Theme theme, bool header, int bodyRow) => header ? theme.Accent : bodyRow % 2 == 1 ? theme.TableBand : theme.Background;

    /// <summary>A table cell's text colour: readable on the header's accent, else the text colour.</summary>
    public static string CellColor(Theme theme, bool header) => header ? theme.HeaderText : theme.Text;
}
