using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Steps;

namespace KeynoteBuilder.Layout;

/// <summary>What a body kind needs to lay itself out on one slide, and where its shapes go.</summary>
public sealed class LayoutContext(Deck deck, Slide slide, TextFitter fitter, DiagnosticBag diagnostics)
{
    private int _shapeCount;

    /// <summary>The slide's phrases, indexed once for all its texts (a table may have thousands of cells).</summary>
    private readonly Lazy<PhraseIndex?> _emphasis = new(() => slide.Emphasis.Count == 0 ? null : new PhraseIndex(slide.Emphasis));

    public Deck Deck { get; } = deck;

    /// <summary>The slide's colours: the deck's, or the ones its background picture asks for (see BackgroundPicture).</summary>
    public Theme Theme { get; set; } = deck.Theme;

    public Slide Slide { get; } = slide;

    public TextFitter Fitter { get; } = fitter;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public List<Shape> Shapes { get; } = [];

    /// <summary>
    /// Where each column of a columns slide goes when the slide's layout has boxes for them (a template's
    /// two-column layout), left to right; null: the columns share the body area.
    /// </summary>
    public IReadOnlyList<Box>? ColumnBoxes { get; set; }

    /// <summary>
    /// The size every code listing on the slide takes, when the slide sets one (listings side by side in
    /// columns share one size, see ColumnsLayout); null: each listing takes the largest size at which it fits.
    /// </summary>
    public double? CodeSize { get; set; }

    /// <summary>
    /// Bodies start at the top of their box, not centred in it: columns side by side then start at one height,
    /// as PowerPoint's Two Content and Comparison layouts put content at the top of each side. Off, a picture
    /// alone on a slide is centred in the body area.
    /// </summary>
    public bool BodiesAtTop { get; set; }

    /// <summary>The text's runs with this slide's emphasis phrases marked.</summary>
    public IReadOnlyList<TextRun> Runs(RichText text) => PhraseMatcher.Emphasize(text, _emphasis.Value);

    /// <summary>A shape name unique on the slide ("Table 3"), from a counter: same deck, same names.</summary>
    public string Name(string kind) => $"{kind} {++_shapeCount}";

    public void Add(Shape shape) => Shapes.Add(shape);

    public void ReportOverflow(SourcePosition at, string what) =>
        Diagnostics.Warning(Codes.TextDoesNotFit, at, $"{what} does not fit on the slide even at the smallest text size; shorten it or split the slide");
}
