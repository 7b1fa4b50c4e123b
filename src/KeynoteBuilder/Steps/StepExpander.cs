using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Steps;

/// <summary>
/// The step pass: a slide with <c>steps</c> becomes one slide per step, each carrying its phrases.
/// A phrase that appears nowhere in the body is an error at the phrase. The slides are counted
/// before any is copied, so an aliased steps list cannot make a million slides.
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

            var texts = slide.Body?.Texts.Select(t => t.Plain).ToList() ?? [];
            foreach (var step in slide.Steps)
            {
                foreach (var phrase in step.Phrases.Where(p => !texts.Any(t => PhraseMatcher.Occurs(t, p.Text))))
                {
                    diagnostics.Error(Codes.PhraseNotFound, phrase.Position,
                        $"the step phrase '{phrase.Text}' matches nothing in this slide's body; phrases match whole words with the same case");
                }

                result.Add(slide with { Steps = null, Emphasis = step.Phrases.Select(p => p.Text).ToList() });
            }
        }

        return result;
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
