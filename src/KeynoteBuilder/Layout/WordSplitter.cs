using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// How a paragraph's text splits into words: what lies between spaces, across runs. The fitter measures
/// these words and the slide renderer draws them, so both break lines at the same places.
/// </summary>
public static class WordSplitter
{
    /// <summary>A stretch of one word inside one run: <c>run.Text[Start..End]</c>.</summary>
    public readonly record struct Piece(int Run, int Start, int End);

    /// <summary>
    /// Walks the runs: <paramref name="piece"/> for each non-empty stretch of a word inside one run, and
    /// <paramref name="space"/> for each space (where it is), which ends the word before it.
    /// </summary>
    public static void Split(IReadOnlyList<TextRun> runs, Action<Piece> piece, Action<Piece> space)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            var text = runs[r].Text;
            var start = 0;
            while (true)
            {
                var at = text.IndexOf(' ', start);
                var end = at < 0 ? text.Length : at;
                if (end > start)
                {
                    piece(new Piece(r, start, end));
                }

                if (at < 0)
                {
                    break;
                }

                space(new Piece(r, at, at + 1));
                start = at + 1;
            }
        }
    }
}
