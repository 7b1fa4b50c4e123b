using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Render;

/// <summary>What the renderer could not draw, each named once: a gap in the PDF or PNGs is never silent.</summary>
public sealed class RenderWarnings
{
    private readonly List<Diagnostic> _list = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> All => _list;

    /// <summary>Warns that <paramref name="what"/> on slide <paramref name="number"/> is missing from the pictures.</summary>
    public void CannotDraw(LaidOutSlide slide, int number, string code, string what) =>
        Warn(slide, number, code, $"{what}; it is left out of the PDF and PNGs (the .pptx has it)");

    /// <summary>Warns, once, about slide <paramref name="number"/> at the slide's place in the deck.</summary>
    public void Warn(LaidOutSlide slide, int number, string code, string what)
    {
        var message = $"slide {number}: {what}";
        if (_seen.Add(message))
        {
            _list.Add(new Diagnostic(Severity.Warning, code, message, slide.Position ?? new SourcePosition("deck.yaml", 1, 1)));
        }
    }

    /// <summary>Takes in the warnings of painters that ran in parallel, in slide order, each once.</summary>
    public void AddAll(IEnumerable<RenderWarnings> others)
    {
        foreach (var d in others.SelectMany(o => o._list).OrderBy(d => d.Message, StringComparer.Ordinal))
        {
            if (_seen.Add(d.Message))
            {
                _list.Add(d);
            }
        }
    }
}
