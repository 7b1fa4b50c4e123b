using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Cli;

/// <summary>Prints diagnostics as <c>deck.yaml:12:7: error KB0103: ...</c>, plus GitHub annotations under GitHub Actions.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string deckPath, TextWriter output)
    {
        var folder = Path.GetDirectoryName(deckPath) ?? "";
        var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var d in diagnostics)
        {
            // Positions name files relative to the deck's folder; print them as the user would type them.
            var file = Path.Combine(folder, d.Position.File);
            output.WriteLine((d with { Position = d.Position with { File = file } }).ToString());
            if (github)
            {
                var kind = d.Severity == Severity.Error ? "error" : "warning";
                output.WriteLine($"::{kind} file={file},line={d.Position.Line},col={d.Position.Column}::{d.Code}: {d.Message}");
            }
        }
    }
}
