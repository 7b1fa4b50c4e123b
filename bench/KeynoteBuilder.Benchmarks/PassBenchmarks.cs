using BenchmarkDotNet.Attributes;
using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Steps;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Benchmarks;

/// <summary>
/// The compiler's passes over the real deck.yaml, each on its own, built the way
/// <see cref="DeckCompiler"/> builds them, plus the whole compile. Every input a pass needs is
/// prepared once in <see cref="Setup"/>, so each benchmark measures one pass only.
/// </summary>
[MemoryDiagnoser]
public class PassBenchmarks
{
    private static readonly DateTimeOffset Timestamp = new(2014, 10, 14, 0, 0, 0, TimeSpan.Zero);

    private readonly SlideLayouter _layouter = new(new TextFitter(new FontRunMeasurer(new TextMeasurer())));
    private readonly SkiaChartRenderer _renderer = new();
    private readonly PptxWriter _writer = new();

    private string _deckPath = "";
    private string _deckName = "";
    private string _deckFolder = "";
    private byte[] _source = [];
    private YamlDocument _document = null!;
    private Deck _deck = null!;
    private List<ChartShape> _charts = [];
    private LaidOutDeck _drawn = null!;

    [GlobalSetup]
    public void Setup()
    {
        _deckPath = SampleDeck.Path;
        _deckName = Path.GetFileName(_deckPath);
        _deckFolder = Path.GetDirectoryName(_deckPath)!;
        _source = File.ReadAllBytes(_deckPath);

        var diagnostics = new DiagnosticBag();
        _document = YamlLoader.Load(_deckName, _source, diagnostics) ?? throw Failed(diagnostics);
        _deck = DeckBinder.Bind(new BindContext(_document, new DeckFiles(_deckFolder), diagnostics)) ?? throw Failed(diagnostics);
        var laidOut = _layouter.Layout(_deck, StepExpander.Expand(_deck.Slides, DeckLimits.Default.MaxSlides, diagnostics)!, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw Failed(diagnostics);
        }

        _charts = [.. laidOut.Slides.SelectMany(s => s.Shapes.OfType<ChartShape>())];
        _drawn = new ChartPass(_renderer).Draw(laidOut);
    }

    [Benchmark]
    public YamlDocument? Load() => YamlLoader.Load(_deckName, _source, new DiagnosticBag());

    [Benchmark]
    public Deck? Bind() => DeckBinder.Bind(new BindContext(_document, new DeckFiles(_deckFolder), new DiagnosticBag()));

    /// <summary>Step expansion and layout: text measured and fitted, every shape placed.</summary>
    [Benchmark]
    public LaidOutDeck Layout()
    {
        var diagnostics = new DiagnosticBag();
        return _layouter.Layout(_deck, StepExpander.Expand(_deck.Slides, DeckLimits.Default.MaxSlides, diagnostics)!, diagnostics);
    }

    /// <summary>Every chart of the deck drawn (PNG and SVG), one after the other, with no cache.</summary>
    [Benchmark]
    public int Chart()
    {
        var bytes = 0;
        foreach (var chart in _charts)
        {
            var image = _renderer.Render(chart.Spec, chart.Box.Width, chart.Box.Height);
            bytes += image.Png.Length;
        }

        return bytes;
    }

    /// <summary>The package written to memory from the laid-out deck with its charts drawn.</summary>
    [Benchmark]
    public long Write()
    {
        using var stream = new MemoryStream();
        _writer.Write(_drawn, stream, Timestamp);
        return stream.Length;
    }

    /// <summary>The whole compile, with a fresh compiler each time so its chart cache is empty.</summary>
    [Benchmark]
    public int Compile()
    {
        // The compiler disposes the stream it is given once the package is written.
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new PptxWriter());
        var result = compiler.Compile(_deckPath, _source, () => new MemoryStream(), Timestamp);
        return result.Succeeded ? result.Slides : throw new InvalidOperationException("deck.yaml did not compile");
    }

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new($"deck.yaml does not compile: {string.Join("; ", diagnostics.Sorted.Select(d => d.Message))}");
}
