namespace KeynoteBuilder.Pipeline;

/// <summary>
/// Caps on the whole deck after steps expand, checked before any slide is copied, laid out or
/// written: a small deck can ask for a huge one (an aliased steps list made 900,000 slides and a
/// 1.46 GB file). docs/errors.md gives the reason for each number.
/// </summary>
public sealed record DeckLimits
{
    public static DeckLimits Default { get; } = new();

    /// <summary>A long talk is 100 slides, a day's course with every step a few hundred; 2,000 still build in about a second.</summary>
    public int MaxSlides { get; init; } = 2_000;

    /// <summary>
    /// Text on the slides and in their notes after steps repeat it, in UTF-8 bytes: four times
    /// the 4 MiB deck-file cap, and thousands of times a real talk's text.
    /// </summary>
    public long MaxTextBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The written package: 25 images at the 20 MB per-file cap and the text and charts beside them.</summary>
    public long MaxPackageBytes { get; init; } = 512L * 1024 * 1024;
}
