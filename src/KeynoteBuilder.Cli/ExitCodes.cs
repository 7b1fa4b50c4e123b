namespace KeynoteBuilder.Cli;

/// <summary>0 built, 1 the deck has errors, 2 usage or I/O error (and internal failures).</summary>
public static class ExitCodes
{
    public const int Built = 0;
    public const int DeckErrors = 1;
    public const int Usage = 2;
}
