using System.Diagnostics;
using System.Globalization;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;

namespace KeynoteBuilder.Cli;

/// <summary>
/// Runs builds for the command line: reads the deck, compiles it, saves atomically, prints
/// diagnostics and one summary line. Never lets an exception reach the user as a stack trace.
/// One instance keeps one compiler, so repeated builds (watch mode) reuse its chart cache.
/// </summary>
public sealed class DeckBuilder(TextWriter stdout, TextWriter stderr)
{
    private readonly DeckCompiler _compiler = new(new SkiaChartRenderer(), new PptxWriter(), templates: new KeynoteBuilder.Pptx.TemplateInput.TemplateReader());

    public DeckCompiler Compiler => _compiler;

    /// <summary><c>keynote build</c>: one build, its diagnostics and one summary line; returns the exit code.</summary>
    public int Build(BuildRequest request)
    {
        var outcome = BuildOnce(request);
        PrintDiagnostics(outcome, request);
        switch (outcome.Status)
        {
            case BuildStatus.Built:
                var written = string.Join(", ", outcome.Outputs.DefaultIfEmpty(outcome.Output).Select(o => Path.GetRelativePath(Environment.CurrentDirectory, o)));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {outcome.Result!.Slides} slide{(outcome.Result.Slides == 1 ? "" : "s")} to {written} in {outcome.Elapsed.TotalSeconds:0.00} s"));
                break;
            case BuildStatus.DeckErrors:
                var errors = outcome.Errors;
                stderr.WriteLine($"keynote: {errors} error{(errors == 1 ? "" : "s")}; nothing written{(File.Exists(outcome.Output) ? $", '{outcome.Output}' is unchanged" : "")}");
                break;
            default:
                stderr.WriteLine($"keynote: {outcome.Failure}");
                PrintDetail(outcome);
                break;
        }

        return outcome.ExitCode;
    }

    /// <summary>
    /// Reads, compiles and atomically saves the deck. The caller prints the diagnostics and the summary:
    /// a deck with errors or a failed write leaves the previous .pptx as it was.
    /// </summary>
    public BuildOutcome BuildOnce(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var output = request.OutputPath;
        if (PathChecks.DeckProblem(request.Deck) is { } deckProblem)
        {
            return new BuildOutcome(BuildStatus.DeckUnreadable, output, clock.Elapsed, null, deckProblem);
        }

        byte[] source;
        try
        {
            source = File.ReadAllBytes(request.Deck);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BuildOutcome(BuildStatus.DeckUnreadable, output, clock.Elapsed, null, $"cannot read '{request.Deck}': {ex.Message}");
        }

        var outputs = request.Outputs;
        foreach (var target in outputs)
        {
            if (PathChecks.OutputProblem(target, request.Deck) is { } outputProblem)
            {
                return new BuildOutcome(BuildStatus.OutputUnwritable, target.Path, clock.Elapsed, null, outputProblem);
            }
        }

        if (request.PngWidth is < MinPngWidth or > MaxPngWidth && outputs.Any(o => o.Kind == OutputKind.PngFolder))
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, output, clock.Elapsed, null,
                string.Create(CultureInfo.InvariantCulture, $"--png-width {request.PngWidth} is out of range; give {MinPngWidth} to {MaxPngWidth} pixels"));
        }

        var current = output;
        try
        {
            var (prepared, deck) = _compiler.Prepare(request.Deck, source, timestamp: null);
            if (deck is null)
            {
                return new BuildOutcome(BuildStatus.DeckErrors, output, clock.Elapsed, prepared);
            }

            // An output that is a file the deck read would replace the user's image or CSV: refuse before writing any.
            foreach (var target in outputs)
            {
                if (target.Kind != OutputKind.PngFolder && deck.InputFiles.Any(input => PathChecks.SameFile(target.Path, input)))
                {
                    return new BuildOutcome(BuildStatus.OutputUnwritable, target.Path, clock.Elapsed, null, PathChecks.InputMessage(target.Path, "is a file the deck reads"));
                }
            }

            var result = prepared;
            var warnings = new Render.RenderWarnings();
            foreach (var target in outputs)
            {
                current = target.Path;
                result = new OutputWriter(_compiler, deck, request, warnings).Write(target) ?? result;
                if (!result.Succeeded)
                {
                    return new BuildOutcome(BuildStatus.DeckErrors, output, clock.Elapsed, result);
                }
            }

            result = result with { Diagnostics = [.. result.Diagnostics, .. warnings.All] };
            return new BuildOutcome(BuildStatus.Built, output, clock.Elapsed, result) { Outputs = [.. outputs.Select(o => o.Path)] };
        }
        catch (OutputWriteException ex)
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, current, clock.Elapsed, null, $"{ex.Message}; the previous file, if any, is unchanged");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, current, clock.Elapsed, null,
                $"cannot write '{current}': {ex.Message}; the previous file, if any, is unchanged");
        }
        catch (Exception ex)
        {
            return new BuildOutcome(BuildStatus.InternalError, current, clock.Elapsed, null,
                $"internal error ({ex.GetType().Name}: {ex.Message}). This is a bug in KeynoteBuilder; please report it with the deck that caused it{(request.Verbose ? "" : " (add --verbose for details)")}.",
                request.Verbose ? ex : null);
        }
    }

    /// <summary>The compiler's errors and warnings of a build that got that far, to stderr.</summary>
    public void PrintDiagnostics(BuildOutcome outcome, BuildRequest request)
    {
        if (outcome.Result is { } result)
        {
            DiagnosticPrinter.Print(result.Diagnostics, request.Deck, stderr);
        }
    }

    /// <summary>Under --verbose, the exception behind an internal failure goes to stderr after its one-line message.</summary>
    public void PrintDetail(BuildOutcome outcome)
    {
        if (outcome.Detail is not null)
        {
            stderr.WriteLine(outcome.Detail);
        }
    }

    private const int MinPngWidth = 16;
    private const int MaxPngWidth = 16384;
}
