using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Steps;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Pipeline;

/// <summary>
/// The compiler, pass by pass: load YAML with positions, bind the deck, expand steps, lay out,
/// draw charts, write the package. Any error stops the build before anything is written, but for a
/// package that passes its size cap while being written: that one stops it as it passes.
/// </summary>
public sealed class DeckCompiler(IChartRenderer charts, IDeckWriter writer, DeckLimits? limits = null, Templates.ITemplateReader? templates = null)
{
    private readonly DeckLimits _limits = limits ?? DeckLimits.Default;
    private readonly ChartPass _chartPass = new(charts);
    private readonly SlideLayouter _layouter = new(new TextFitter(new FontRunMeasurer(new TextMeasurer())));

    /// <summary>Charts kept for the next build: those the last drawn deck used (watch mode reuses them).</summary>
    public int CachedCharts => _chartPass.CacheSize;

    /// <summary>Compiles the deck's bytes and, when it has no errors, writes the package to <paramref name="output"/>.</summary>
    /// <param name="deckPath">The deck file; its name is used in messages and its folder resolves image and CSV paths.</param>
    public BuildResult Compile(string deckPath, ReadOnlySpan<byte> source, Func<Stream> output, DateTimeOffset? timestamp)
    {
        var (result, prepared) = Prepare(deckPath, source, timestamp);
        return prepared is null ? result : Write(prepared, writer, output);
    }

    /// <summary>
    /// Loads, binds, expands, lays out and draws the charts, once: the prepared deck then goes to each writer
    /// (<see cref="Write"/>), so a .pptx, a PDF and PNGs of one build show the same layout. Null when the deck has errors.
    /// </summary>
    public (BuildResult Result, PreparedDeck? Deck) Prepare(string deckPath, ReadOnlySpan<byte> source, DateTimeOffset? timestamp)
    {
        var diagnostics = new DiagnosticBag();
        var name = Path.GetFileName(deckPath);
        var files = new DeckFiles(Path.GetDirectoryName(Path.GetFullPath(deckPath))!);

        var document = YamlLoader.Load(name, source, diagnostics);
        var deck = document is null ? null : DeckBinder.Bind(new BindContext(document, files, diagnostics) { Templates = templates });
        if (deck is null || diagnostics.HasErrors)
        {
            return (new BuildResult(diagnostics.Sorted, 0, files.Referenced), null);
        }

        // The deck-wide caps come before steps copy anything: a few kilobytes can ask for a million slides.
        DeckCaps.Check(deck.Slides, _limits, diagnostics);
        var slides = diagnostics.HasErrors ? null : StepExpander.Expand(deck.Slides, _limits.MaxSlides, diagnostics);
        if (slides is null)
        {
            return (new BuildResult(diagnostics.Sorted, 0, files.Referenced), null);
        }

        var laidOut = _layouter.Layout(deck, slides, diagnostics);
        if (diagnostics.HasErrors)
        {
            return (new BuildResult(diagnostics.Sorted, 0, files.Referenced), null);
        }

        var drawn = _chartPass.Draw(laidOut);
        var prepared = new PreparedDeck(drawn, slides, diagnostics, files.Referenced, timestamp ?? DeckDate.From(deck.Info.Date));
        return (new BuildResult(diagnostics.Sorted, drawn.Slides.Count, files.Referenced) { Charts = _chartPass.LastDraw }, prepared);
    }

    /// <summary>Writes a prepared deck with <paramref name="to"/>; the package cap stops a writer whose output passes it.</summary>
    public BuildResult Write(PreparedDeck prepared, IDeckWriter to, Func<Stream> output)
    {
        var diagnostics = prepared.Diagnostics;
        try
        {
            using var stream = new CappedStream(output(), _limits.MaxPackageBytes);
            to.Write(prepared.Drawn, stream, prepared.Timestamp);
        }
        catch (PackageTooLargeException)
        {
            var (at, pictures) = DeckCaps.BiggestPictures(prepared.Drawn, prepared.Slides);
            diagnostics.Error(Codes.PackageTooLarge, at,
                $"the package passes its cap of {DeckCaps.Size(_limits.MaxPackageBytes)} while being written; the biggest slide, this one, holds {DeckCaps.Size(pictures)} of pictures and charts; use smaller images, fewer charts or split the deck");
            return new BuildResult(diagnostics.Sorted, 0, prepared.InputFiles);
        }

        return new BuildResult(diagnostics.Sorted, prepared.Drawn.Slides.Count, prepared.InputFiles) { Charts = _chartPass.LastDraw };
    }
}

/// <summary>A deck laid out and its charts drawn, ready for any writer; <see cref="Diagnostics"/> holds its warnings.</summary>
public sealed record PreparedDeck(LaidOutDeck Drawn, IReadOnlyList<Model.Slide> Slides, DiagnosticBag Diagnostics, IReadOnlyList<string> InputFiles, DateTimeOffset? Timestamp);
