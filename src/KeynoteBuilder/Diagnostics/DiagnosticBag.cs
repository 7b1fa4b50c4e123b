namespace KeynoteBuilder.Diagnostics;

/// <summary>Collects the diagnostics of one build; passes add to it, the CLI prints it sorted.</summary>
public sealed class DiagnosticBag
{
    /// <summary>Past this many errors the rest are dropped: a broken file should not print thousands of lines.</summary>
    public const int MaxErrors = 100;

    private readonly List<Diagnostic> _items = [];

    public bool HasErrors { get; private set; }

    public int ErrorCount { get; private set; }

    /// <summary>Every diagnostic, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Sorted =>
        _items.OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ToList();

    public void Error(string code, SourcePosition at, string message) => Add(new Diagnostic(Severity.Error, code, message, at));

    public void Warning(string code, SourcePosition at, string message) => Add(new Diagnostic(Severity.Warning, code, message, at));

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Error)
        {
            HasErrors = true;
            ErrorCount++;
            if (ErrorCount > MaxErrors)
            {
                return;
            }
        }

        if (!_items.Contains(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }
}
