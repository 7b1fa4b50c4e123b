using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Render;

/// <summary>What the renderer could not draw, each named once: a gap in the PDF or PNGs is never silent.</summary>
public sealed class RenderWarnings
{
    /// <summary>Slide numbers listed at most in a warning about one text on several slides.</summary>
    private const int MostSlidesListed = 5;

    private readonly List<Diagnostic> _list = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Warnings said once per text: the slides (number and place in the deck) each was found on.</summary>
    private readonly Dictionary<(string Code, string What), SortedDictionary<int, SourcePosition?>> _perText = [];

    /// <summary>The warnings: each slide's own, then those said once per text, by their first slide.</summary>
    public IReadOnlyList<Diagnostic> All =>
        [.. _list, .. _perText.OrderBy(p => p.Value.Keys.First()).ThenBy(p => p.Key.What, StringComparer.Ordinal).Select(p => OncePerText(p.Key.Code, p.Key.What, p.Value))];

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

    /// <summary>
    /// Warns about a text, <paramref name="what"/> naming it, once however many slides draw it: the step
    /// copies of a slide draw its text again, and one warning per copy said the same thing N times.
    /// </summary>
    public void WarnOncePerText(LaidOutSlide slide, int number, string code, string what) => OnSlide((code, what), number, slide.Position);

    private void OnSlide((string Code, string What) text, int number, SourcePosition? position)
    {
        if (!_perText.TryGetValue(text, out var slides))
        {
            _perText[text] = slides = [];
        }

        slides.TryAdd(number, position);
    }

    /// <summary>Takes in the warnings of painters that ran in parallel, in slide order, each once.</summary>
    public void AddAll(IEnumerable<RenderWarnings> others)
    {
        foreach (var other in others)
        {
            foreach (var (key, slides) in other._perText)
            {
                foreach (var (number, position) in slides)
                {
                    OnSlide(key, number, position);
                }
            }
        }

        foreach (var d in others.SelectMany(o => o._list).OrderBy(d => d.Message, StringComparer.Ordinal))
        {
            if (_seen.Add(d.Message))
            {
                _list.Add(d);
            }
        }
    }

    /// <summary>One warning for a text on <paramref name="slides"/>, at the first slide's place: "slide 2 and its 3 step copies", or "slides 2, 5 and 9".</summary>
    private static Diagnostic OncePerText(string code, string what, SortedDictionary<int, SourcePosition?> slides)
    {
        var (first, position) = slides.First();
        var others = slides.Keys.Skip(1).ToList();
        var where = others.Count == 0 ? $"slide {first}"
            : position is not null && slides.Values.All(p => p == position) ? $"slide {first} and its {others.Count} step {(others.Count == 1 ? "copy" : "copies")}"
            : SlideList([first, .. others]);
        return new Diagnostic(Severity.Warning, code, $"{where}: {what}", position ?? new SourcePosition("deck.yaml", 1, 1));
    }

    /// <summary>"slides 2, 5 and 9", or "slides 2, 5, 9, 11, 12 and 7 more".</summary>
    private static string SlideList(List<int> numbers)
    {
        var listed = numbers.Count <= MostSlidesListed ? numbers : numbers[..MostSlidesListed];
        var more = numbers.Count - listed.Count;
        return more > 0
            ? $"slides {string.Join(", ", listed)} and {more} more"
            : $"slides {string.Join(", ", listed[..^1])} and {listed[^1]}";
    }
}
