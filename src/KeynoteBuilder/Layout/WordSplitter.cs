using System.Text;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// How a paragraph's text splits into words: what lies between spaces, across runs, and, in Chinese and
/// Japanese, which are written without spaces, each ideograph or kana (<see cref="IdeographBreaks"/>). The
/// fitter measures these words and the slide renderer draws them, so both break lines at the same places.
/// </summary>
public static class WordSplitter
{
    /// <summary>A stretch of one word inside one run: <c>run.Text[Start..End]</c>.</summary>
    public readonly record struct Piece(int Run, int Start, int End);

    /// <summary>
    /// Walks the runs: <paramref name="piece"/> for each non-empty stretch of a word inside one run, and
    /// <paramref name="space"/> for each space (where it is), which ends the word before it. A line may also
    /// break between two ideographs, where there is no space: that break is an empty <paramref name="space"/>
    /// (<c>Start == End</c>), which takes no width.
    /// </summary>
    public static void Split(IReadOnlyList<TextRun> runs, Action<Piece> piece, Action<Piece> space)
    {
        // The character before, across runs; none at the start and after a space.
        var previous = -1;
        for (var r = 0; r < runs.Count; r++)
        {
            var text = runs[r].Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == ' ')
                {
                    if (i > start)
                    {
                        piece(new Piece(r, start, i));
                    }

                    space(new Piece(r, i, i + 1));
                    start = i + 1;
                    previous = -1;
                    continue;
                }

                if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
                {
                    continue;
                }

                var current = Rune.TryGetRuneAt(text, i, out var rune) ? rune.Value : text[i];
                if (previous >= 0 && IdeographBreaks.Between(previous, current))
                {
                    if (i > start)
                    {
                        piece(new Piece(r, start, i));
                    }

                    space(new Piece(r, i, i));
                    start = i;
                }

                previous = current;
            }

            if (text.Length > start)
            {
                piece(new Piece(r, start, text.Length));
            }
        }
    }
}
