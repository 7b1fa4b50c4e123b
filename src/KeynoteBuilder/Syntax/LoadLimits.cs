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
}
