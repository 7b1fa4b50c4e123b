using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Steps;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>The real measurer, counting its calls and the characters it measures: the layout pass's work, not its seconds.</summary>
public sealed class CountingMeasurer : IRunMeasurer
{
    private readonly FontRunMeasurer _inner = new(new TextMeasurer());

    public long Calls { get; private set; }

    public long Characters { get; private set; }

    public double Width(string text, RunFace face)
    {
        Calls++;
        Characters += text.Length;
        return _inner.Width(text, face);
    }

    /// <summary>Loads, binds and lays out a deck with this measurer; returns the layout's diagnostics.</summary>
    public IReadOnlyList<Diagnostic> LayOut(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlLoader.Load("deck.yaml", System.Text.Encoding.UTF8.GetBytes(yaml), diagnostics)!;
        var deck = DeckBinder.Bind(new BindContext(document, new DeckFiles(Path.GetTempPath()), diagnostics))!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted));
        new SlideLayouter(new TextFitter(this)).Layout(deck, StepExpander.Expand(deck.Slides, DeckLimits.Default.MaxSlides, diagnostics)!, diagnostics);
        return diagnostics.Sorted;
    }
}
