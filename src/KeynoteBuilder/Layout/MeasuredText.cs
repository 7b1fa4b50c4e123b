namespace KeynoteBuilder.Layout;

/// <summary>
/// A paragraph's words measured once at 1 pt: wrapping it at any size and width only scales these
/// numbers, so fitting costs one measurement per word however many sizes are tried.
/// </summary>
public sealed class MeasuredText(double[] words, double[] spaces)
{
    /// <summary>Width of the whole text on one line, at 1 pt.</summary>
    public double Natural { get; } = words.Sum() + spaces.Sum();

    /// <summary>Width of the longest word, at 1 pt: narrower than this, a word breaks inside itself.</summary>
    public double LongestWord { get; } = words.Length == 0 ? 0 : words.Max();

    /// <summary>Number of lines the text wraps to in <paramref name="width"/> points at <paramref name="size"/>, breaking at spaces.</summary>
    public int Lines(double width, double size) => Wrap(width, size, null);

    /// <summary>
    /// The index of the word each line starts with, as <see cref="Lines"/> breaks them (a renderer draws these lines).
    /// A word longer than the line starts the lines it breaks into, so its index repeats.
    /// </summary>
    public IReadOnlyList<int> LineStarts(double width, double size)
    {
        var starts = new List<int> { 0 };
        Wrap(width, size, starts);
        return starts;
    }

    private int Wrap(double width, double size, List<int>? starts)
    {
        var lines = 1;
        var x = 0.0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i] * size;
            if (x > 0 && x + word > width)
            {
                lines++;
                x = 0;
                starts?.Add(i);
            }

            // A word longer than the line breaks inside itself, as clients do.
            if (x == 0 && word > width && width > 0)
            {
                var inside = (int)Math.Floor(word / width);
                lines += inside;
                starts?.AddRange(Enumerable.Repeat(i, inside));
                x = word % width;
            }
            else
            {
                x += word;
            }

            x += spaces[i] * size;
        }

        return lines;
    }
}
