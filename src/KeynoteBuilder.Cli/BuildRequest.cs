namespace KeynoteBuilder.Cli;

/// <summary>One build as the user asked for it.</summary>
public sealed record BuildRequest(string Deck, string? Output = null, bool Verbose = false)
{
    /// <summary>The output path: as given, or out/&lt;deck name&gt;.pptx beside the deck.</summary>
    public string OutputPath => Output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Deck))!, "out", Path.GetFileNameWithoutExtension(Deck) + ".pptx");
}
