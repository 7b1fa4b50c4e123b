using System.Diagnostics;
using System.Globalization;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;

namespace KeynoteBuilder.Cli;

/// <summary>
/// Runs one build for the command line: reads the deck, compiles it, saves atomically, prints
/// diagnostics and one summary line. Never lets an exception reach the user as a stack trace.
/// </summary>
public sealed class DeckBuilder(TextWriter stdout, TextWriter stderr)
{
    private readonly DeckCompiler _compiler = new(new SkiaChartRenderer(), new PptxWriter());

    public DeckCompiler Compiler => _compiler;

    public int Build(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        byte[] source;
        try
        {
            source = File.ReadAllBytes(request.Deck);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"keynote: cannot read '{request.Deck}': {ex.Message}");
            return ExitCodes.Usage;
        }

        var output = request.OutputPath;
        try
        {
            BuildResult? result = null;
            AtomicFile.Write(output, stream => result = Compile(request, source, stream));
            return Report(result!, request, output, clock.Elapsed);
        }
        catch (BuildFailedException failed)
        {
            return Report(failed.Result, request, output, clock.Elapsed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"keynote: cannot write '{output}': {ex.Message}; the previous file, if any, is unchanged");
            return ExitCodes.Usage;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"keynote: internal error ({ex.GetType().Name}: {ex.Message}). This is a bug in KeynoteBuilder; please report it with the deck that caused it{(request.Verbose ? "" : " (add --verbose for details)")}.");
            if (request.Verbose)
            {
                stderr.WriteLine(ex);
            }

            return ExitCodes.Usage;
        }
    }

    /// <summary>Compiles into the temporary file's stream; a deck with errors aborts the save by throwing.</summary>
    private BuildResult Compile(BuildRequest request, byte[] source, Stream stream)
    {
        var result = _compiler.Compile(request.Deck, source, () => new NonClosingStream(stream), timestamp: null);
        return result.Succeeded ? result : throw new BuildFailedException(result);
    }

    private int Report(BuildResult result, BuildRequest request, string output, TimeSpan elapsed)
    {
        DiagnosticPrinter.Print(result.Diagnostics, request.Deck, stderr);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            stderr.WriteLine($"keynote: {errors} error{(errors == 1 ? "" : "s")}; nothing written{(File.Exists(output) ? $", '{output}' is unchanged" : "")}");
            return ExitCodes.DeckErrors;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, output);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {result.Slides} slides to {relative} in {elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Built;
    }

    private sealed class BuildFailedException(BuildResult result) : Exception("the deck has errors")
    {
        public BuildResult Result { get; } = result;
    }
}
