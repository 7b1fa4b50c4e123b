using KeynoteBuilder.Pipeline;

namespace KeynoteBuilder.Cli;

/// <summary>How one build ended, from the command line's point of view.</summary>
public enum BuildStatus
{
    Built,
    DeckErrors,
    DeckUnreadable,
    OutputUnwritable,
    InternalError,
}

/// <summary>
/// One build, for a caller that prints its own summary line (<c>keynote build</c> and <c>keynote watch</c> word it differently).
/// </summary>
/// <param name="Output">The .pptx path the build wrote or would have written.</param>
/// <param name="Elapsed">From reading the deck to the package renamed into place (or the failure).</param>
/// <param name="Result">The compiler's result; null when the deck could not be read or the build crashed.</param>
/// <param name="Failure">For an I/O or internal failure, the one-line message (without the "keynote: " prefix).</param>
/// <param name="Detail">The exception behind an internal failure, only when the user asked for --verbose.</param>
public sealed record BuildOutcome(BuildStatus Status, string Output, TimeSpan Elapsed, BuildResult? Result, string? Failure = null, Exception? Detail = null)
{
    public int ExitCode => Status switch
    {
        BuildStatus.Built => ExitCodes.Built,
        BuildStatus.DeckErrors => ExitCodes.DeckErrors,
        _ => ExitCodes.Usage,
    };

    /// <summary>Every output a successful build wrote, the first one first.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    public int Errors => Result?.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error) ?? 0;
}
