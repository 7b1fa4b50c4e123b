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
    public int Lines(double width, double size)
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
            }

            // A word longer than the line breaks inside itself, as clients do.
            if (x == 0 && word > width && width > 0)
            {
                lines += (int)Math.Floor(word / width);
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
