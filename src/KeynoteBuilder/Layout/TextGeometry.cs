namespace KeynoteBuilder.Layout;

/// <summary>
/// The text metrics the layout pass measures with and the writer writes, kept in one place so
/// that what was fitted is what the client draws.
/// </summary>
public static class TextGeometry
{
    /// <summary>Left and right inset of every text box (PowerPoint's default 0.1 in).</summary>
    public const double InsetX = 7.2;

    /// <summary>Top and bottom inset of every text box (PowerPoint's default 0.05 in).</summary>
    public const double InsetY = 3.6;

    /// <summary>Single line spacing as clients draw it: 1.2 em.</summary>
    public const double LineSpacing = 1.2;

    /// <summary>
    /// Clients kern and round differently; measured widths are padded by this factor. Calibrated on
    /// LibreOffice's own line breaks (tests/.../Layout/LibreOfficeFitTests.cs): the bundled faces have
    /// Arial's and Courier New's advance widths, so 2% covers rounding; the 6% used before made
    /// bullet lists shrink, and warn, where LibreOffice showed them whole at the larger size.
    /// </summary>
    public const double WidthSafety = 1.02;

    /// <summary>Font size of bullet level <paramref name="level"/> relative to the top level.</summary>
    public static double LevelScale(int level) => level switch
    {
        0 => 1.0,
        1 => 0.86,
        _ => 0.76,
    };

    /// <summary>Left margin of a bullet paragraph's text, in points.</summary>
    public static double BulletMargin(int level, double size) => (level * 1.5 * size) + (1.1 * size);

    /// <summary>Space before a paragraph, in points (none before the first).</summary>
    public static double SpaceBefore(int level, double size) => level == 0 ? 0.5 * size : 0.25 * size;
}
