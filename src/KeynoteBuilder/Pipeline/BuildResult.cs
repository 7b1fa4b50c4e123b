using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Pipeline;

/// <summary>What a build did: its diagnostics, how many slides it wrote, and the files the deck refers to (read, or named but missing).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Slides, IReadOnlyList<string> InputFiles)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The charts this build drew, reused from the compiler's cache or rendered; zero when it stopped before drawing.</summary>
    public ChartDrawStats Charts { get; init; }
}
