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
                var relative = Path.GetRelativePath(Environment.CurrentDirectory, outcome.Output);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {outcome.Result!.Slides} slides to {relative} in {outcome.Elapsed.TotalSeconds:0.00} s"));
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

        if (PathChecks.OutputProblem(output, request.Deck) is { } outputProblem)
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, output, clock.Elapsed, null, outputProblem);
        }

        BuildOutcome outcome;
        try
        {
            BuildResult? result = null;
            AtomicFile.Write(output, stream => result = Compile(request, source, stream, output));
            outcome = new BuildOutcome(BuildStatus.Built, output, clock.Elapsed, result);
        }
        catch (BuildFailedException failed)
        {
            outcome = new BuildOutcome(BuildStatus.DeckErrors, output, clock.Elapsed, failed.Result);
        }
        catch (OutputIsInputException input)
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, output, clock.Elapsed, null, input.Message);
        }
        catch (OutputWriteException ex)
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, output, clock.Elapsed, null, $"{ex.Message}; the previous file, if any, is unchanged");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BuildOutcome(BuildStatus.OutputUnwritable, output, clock.Elapsed, null,
                $"cannot write '{output}': {ex.Message}; the previous file, if any, is unchanged");
        }
        catch (Exception ex)
        {
            return new BuildOutcome(BuildStatus.InternalError, output, clock.Elapsed, null,
                $"internal error ({ex.GetType().Name}: {ex.Message}). This is a bug in KeynoteBuilder; please report it with the deck that caused it{(request.Verbose ? "" : " (add --verbose for details)")}.",
                request.Verbose ? ex : null);
        }

        return outcome;
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

    /// <summary>
    /// Compiles into the temporary file's stream; a deck with errors aborts the save by throwing, and so does
    /// an output that is a file the deck read (the image or CSV would be replaced by the package).
    /// </summary>
    private BuildResult Compile(BuildRequest request, byte[] source, Stream stream, string output)
    {
        var result = _compiler.Compile(request.Deck, source, () => new NonClosingStream(stream), timestamp: null);
        if (!result.Succeeded)
        {
            throw new BuildFailedException(result);
        }

        return result.InputFiles.Any(input => PathChecks.SameFile(output, input))
            ? throw new OutputIsInputException(PathChecks.InputMessage(output, "is a file the deck reads"))
            : result;
    }

    private sealed class OutputIsInputException(string message) : Exception(message);

    private sealed class BuildFailedException(BuildResult result) : Exception("the deck has errors")
    {
        public BuildResult Result { get; } = result;
    }
}
