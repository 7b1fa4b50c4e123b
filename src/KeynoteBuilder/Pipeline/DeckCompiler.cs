using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Steps;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Pipeline;

/// <summary>
/// The compiler, pass by pass: load YAML with positions, bind the deck, expand steps, lay out,
/// draw charts, write the package. Any error stops the build before anything is written.
/// </summary>
public sealed class DeckCompiler(IChartRenderer charts, IDeckWriter writer)
{
    private readonly ChartPass _chartPass = new(charts);
    private readonly SlideLayouter _layouter = new(new TextFitter(new FontRunMeasurer(new TextMeasurer())));

    /// <summary>Charts kept for the next build: those the last drawn deck used (watch mode reuses them).</summary>
    public int CachedCharts => _chartPass.CacheSize;

    /// <summary>Compiles the deck's bytes and, when it has no errors, writes the package to <paramref name="output"/>.</summary>
    /// <param name="deckPath">The deck file; its name is used in messages and its folder resolves image and CSV paths.</param>
    public BuildResult Compile(string deckPath, ReadOnlySpan<byte> source, Func<Stream> output, DateTimeOffset? timestamp)
    {
        var diagnostics = new DiagnosticBag();
        var name = Path.GetFileName(deckPath);
        var files = new DeckFiles(Path.GetDirectoryName(Path.GetFullPath(deckPath))!);

        var document = YamlLoader.Load(name, source, diagnostics);
        var deck = document is null ? null : DeckBinder.Bind(new BindContext(document, files, diagnostics));
        if (deck is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted, 0, files.Referenced);
        }

        var slides = StepExpander.Expand(deck.Slides, diagnostics);
        var laidOut = _layouter.Layout(deck, slides, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted, 0, files.Referenced);
        }

        var drawn = _chartPass.Draw(laidOut);
        using (var stream = output())
        {
            writer.Write(drawn, stream, timestamp ?? DeckDate.From(deck.Info.Date));
        }

        return new BuildResult(diagnostics.Sorted, drawn.Slides.Count, files.Referenced) { Charts = _chartPass.LastDraw };
    }
}
