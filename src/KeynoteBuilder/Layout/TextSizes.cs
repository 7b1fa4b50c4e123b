namespace KeynoteBuilder.Layout;

/// <summary>
/// The largest text size of each placeholder, in points: the layout pass fits text from these
/// down, and the built-in master's text styles carry them, so a slide whose text fits at the
/// largest size inherits it and a shrunk one says only by how much (normAutofit's fontScale).
/// </summary>
public static class TextSizes
{
    /// <summary>A content slide's title.</summary>
    public const double Title = 36;

    /// <summary>The title slide's centred title.</summary>
    public const double CenterTitle = 48;

    /// <summary>A section header's title.</summary>
    public const double SectionTitle = 44;

    /// <summary>A statement's sentence.</summary>
    public const double Statement = 54;

    /// <summary>Top-level bullets and body text; deeper levels scale by <see cref="TextGeometry.LevelScale"/>.</summary>
    public const double Body = 28;

    /// <summary>Subtitle lines under a title slide's or section's title, and a statement's attribution.</summary>
    public const double Subtitle = 24;

    /// <summary>Footer and slide number.</summary>
    public const double Small = 12;
}
