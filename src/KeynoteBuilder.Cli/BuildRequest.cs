namespace KeynoteBuilder.Cli;

/// <summary>One build as the user asked for it.</summary>
public sealed record BuildRequest(string Deck, string? Output = null, bool Verbose = false)
{
    /// <summary>The output path: as given, or out/&lt;deck name&gt;.pptx beside the deck.</summary>
    public string OutputPath => Output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Deck))!, "out", Path.GetFileNameWithoutExtension(Deck) + ".pptx");

    /// <summary>The outputs after the first (-o given more than once); one compile serves them all.</summary>
    public IReadOnlyList<string> MoreOutputs { get; init; } = [];

    /// <summary>Width of each slide's PNG, in pixels.</summary>
    public int PngWidth { get; init; } = Render.SlidePictures.DefaultWidth;

    /// <summary>The PDF shows each slide's speaker notes under it.</summary>
    public bool Notes { get; init; }

    /// <summary>Every output, the first one first.</summary>
    public IReadOnlyList<OutputTarget> Outputs => [OutputTarget.Of(OutputPath), .. MoreOutputs.Select(OutputTarget.Of)];
}
