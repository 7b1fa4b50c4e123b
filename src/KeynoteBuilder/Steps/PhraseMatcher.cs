using KeynoteBuilder.Model;

namespace KeynoteBuilder.Steps;

/// <summary>
/// Marks emphasis phrases in text: whole words (<see cref="WordBoundary"/>), case-sensitive, every
/// occurrence; splits runs so that exactly the matched characters are marked as emphasis.
/// </summary>
public static class PhraseMatcher
{
    public static IReadOnlyList<TextRun> Emphasize(RichText text, PhraseIndex? phrases)
    {
        if (phrases is null || text.Plain.Length == 0)
        {
            return text.Runs;
        }

        var marked = phrases.Marks(text.Plain);
        var result = new List<TextRun>();
        var offset = 0;
        foreach (var run in text.Runs)
        {
            var i = 0;
            while (i < run.Text.Length)
            {
                var on = marked[offset + i];
                var j = i;
                while (j < run.Text.Length && marked[offset + j] == on)
                {
                    j++;
                }

                result.Add(run with { Text = run.Text[i..j], Emphasis = on });
                i = j;
            }

            offset += run.Text.Length;
        }

        return result;
    }
}
