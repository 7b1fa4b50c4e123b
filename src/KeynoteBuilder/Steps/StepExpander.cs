using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Steps;

/// <summary>
/// The step pass: a slide with <c>steps</c> becomes one slide per step, each carrying its phrases.
/// A phrase that appears nowhere in the body is an error at the phrase.
/// </summary>
public static class StepExpander
{
    public static IReadOnlyList<Slide> Expand(IReadOnlyList<Slide> slides, DiagnosticBag diagnostics)
    {
        var result = new List<Slide>(slides.Count);
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
}
