using KeynoteBuilder.Bodies.Bullets;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Steps;

/// <summary>
/// The step pass: a slide with <c>steps</c> becomes one slide per step, each carrying its phrases.
/// A phrase that appears nowhere in the body is an error at the phrase; one that appears with other
/// capitals says so, with the spelling of the body. The slides are counted before any is copied,
/// so an aliased steps list cannot make a million slides.
/// </summary>
public static class StepExpander
{
    /// <summary>How many slides <paramref name="slide"/> becomes: one per step, or itself.</summary>
    public static int CopiesOf(Slide slide) => slide.Steps?.Count ?? 1;

    /// <summary>The expanded slides, or null (with an error at the slide that passes the cap) when there would be more than <paramref name="maxSlides"/>.</summary>
    public static IReadOnlyList<Slide>? Expand(IReadOnlyList<Slide> slides, int maxSlides, DiagnosticBag diagnostics)
    {
        if (CountPastCap(slides, maxSlides, diagnostics))
        {
            return null;
        }

        var result = new List<Slide>(slides.Sum(CopiesOf));
        foreach (var slide in slides)
        {
            if (slide.Steps is null)
            {
                result.Add(slide);
                continue;
            }

            // One index for every phrase of every step: the body is read once, however many phrases there are.
            var phrases = slide.Steps.SelectMany(s => s.Phrases).ToList();
            var texts = slide.Body?.Texts.Select(t => t.Plain).ToList() ?? [];
            var found = new PhraseIndex([.. phrases.Select(p => p.Text)]).Occurring(texts);
            ReportMissing([.. phrases.Where((_, i) => !found[i])], texts, diagnostics);
            foreach (var step in slide.Steps)
            {
                result.Add(slide with { Steps = null, Emphasis = step.Phrases.Select(p => p.Text).ToList(), Body = BodyOfCopy(slide.Body, first: step == slide.Steps[0]) });
            }
        }

        return result;
    }

    /// <summary>
    /// A revealed list builds on the first copy; the copies after it emphasise items the audience has
    /// already seen, so they show the whole list at once instead of building it again.
    /// </summary>
    private static SlideBody? BodyOfCopy(SlideBody? body, bool first) =>
        !first && body is BulletsBody { Reveal: true } bullets ? bullets with { Reveal = false } : body;

    private static void ReportMissing(List<Phrase> missing, List<string> texts, DiagnosticBag diagnostics)
    {
        if (missing.Count == 0)
        {
            return;
        }

        // Upper-casing keeps every length, so an occurrence in the upper-cased body is the body's own spelling there.
        var index = new PhraseIndex([.. missing.Select(p => p.Text.ToUpperInvariant())]);
        var spelled = new string?[missing.Count];
        foreach (var text in texts)
        {
            var first = index.FirstOccurrences(text.ToUpperInvariant());
            for (var i = 0; i < missing.Count; i++)
            {
                if (spelled[i] is null && first[i] is { } range)
                {
                    spelled[i] = text[range];
                }
            }
        }

        for (var i = 0; i < missing.Count; i++)
        {
            var phrase = missing[i];
            diagnostics.Error(Codes.PhraseNotFound, phrase.Position, spelled[i] is { } body
                ? $"the step phrase '{phrase.Text}' matches nothing in this slide's body, but '{body}' does: phrases are case-sensitive, write it as '{body}'"
                : $"the step phrase '{phrase.Text}' matches nothing in this slide's body; phrases match whole words with the same case");
        }
    }

    private static bool CountPastCap(IReadOnlyList<Slide> slides, int maxSlides, DiagnosticBag diagnostics)
    {
        long count = 0;
        foreach (var slide in slides)
        {
            var copies = CopiesOf(slide);
            count += copies;
            if (count <= maxSlides)
            {
                continue;
            }

            var message = copies == 1
                ? $"this slide is slide {count:N0} of the deck, counting the copies steps make; a deck has at most {maxSlides:N0} slides, split it into several decks"
                : $"this slide's {copies:N0} steps make slides {count - copies + 1:N0} to {count:N0} of the deck; a deck has at most {maxSlides:N0} slides after steps expand, use fewer steps or split the deck";
            diagnostics.Error(Codes.TooManySlides, slide.Position, message);
            return true;
        }

        return false;
    }
}
