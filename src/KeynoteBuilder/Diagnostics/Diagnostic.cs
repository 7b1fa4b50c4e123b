namespace KeynoteBuilder.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One message about a deck: a value, never an exception, so a run reports every problem at once.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourcePosition Position)
{
    /// <summary>The compiler-style line a user reads: <c>deck.yaml:12:7: error KB0103: ...</c>.</summary>
    public override string ToString() =>
        $"{Position}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
