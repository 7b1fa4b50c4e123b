namespace KeynoteBuilder.Diagnostics;

/// <summary>A 1-based line and column in a source file (the deck, or a CSV it references).</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
