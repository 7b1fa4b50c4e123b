namespace KeynoteBuilder.Syntax;

/// <summary>Caps checked before a deck is walked, so a hostile file is refused quickly.</summary>
public sealed record LoadLimits
{
    public static LoadLimits Default { get; } = new();

    /// <summary>A deck is kilobytes; 4 MiB leaves room for generated decks of thousands of slides.</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    public int MaxDepth { get; init; } = 64;

    /// <summary>Nodes after expanding aliases; a billion-laughs file passes this within a few aliases.</summary>
    public long MaxNodes { get; init; } = 1_000_000;

    /// <summary>
    /// Characters of text after expanding aliases: as much as a deck written out without aliases
    /// can hold (the file cap), so an alias never makes the deck bigger than one that could be
    /// typed. Node counting alone let one 1 MB bullet aliased 400 times run for 45 minutes.
    /// </summary>
    public long MaxTextChars { get; init; } = 4 * 1024 * 1024;
}
