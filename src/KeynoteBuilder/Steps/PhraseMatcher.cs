using KeynoteBuilder.Model;

namespace KeynoteBuilder.Steps;

/// <summary>
/// Finds emphasis phrases in text: whole words, case-sensitive, every occurrence; and splits
/// runs so that exactly the matched characters are marked as emphasis.
/// </summary>
public static class PhraseMatcher
{
    public static bool Occurs(string text, string phrase) => Matches(text, phrase).Any();

    public static IReadOnlyList<TextRun> Emphasize(RichText text, IReadOnlyList<string> phrases)
    {
        if (phrases.Count == 0)
        {
            return text.Runs;
        }

        var marked = new bool[text.Plain.Length];
        foreach (var phrase in phrases)
        {
            foreach (var start in Matches(text.Plain, phrase))
            {
                Array.Fill(marked, true, start, phrase.Length);
            }
        }

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

    private static IEnumerable<int> Matches(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            yield break;
        }

        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if (!IsWordChar(text, at - 1, phrase[0]) && !IsWordChar(text, end, phrase[^1]))
            {
                yield return at;
            }
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> would glue a word edge to its neighbour.</summary>
    private static bool IsWordChar(string text, int index, char edge) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]) && char.IsLetterOrDigit(edge);
}
