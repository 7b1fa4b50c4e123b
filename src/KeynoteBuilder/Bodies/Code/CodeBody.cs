using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Code;

/// <summary>One line of a listing as shown: its text (tabs expanded), its number in the file or text, and where to report it.</summary>
public sealed record CodeLine(RichText Text, int Number, bool Highlighted);

/// <summary>
/// A code listing: the lines shown, and the lines before them that the highlighter reads for its state
/// (a range starting inside a comment is coloured as comment). Colours depend on the slide's
/// background, so they are computed at layout, once per body however many step copies share it.
/// </summary>
public sealed record CodeBody(SourcePosition Position, IReadOnlyList<CodeLine> Lines, IReadOnlyList<string> Before, IReadOnlyList<string> Shown, CodeLanguage? Language)
    : SlideBody(Position)
{
    private readonly Dictionary<bool, IReadOnlyList<IReadOnlyList<TextRun>>> _colored = [];

    public override IEnumerable<RichText> Texts => Lines.Select(l => l.Text);

    /// <summary>The shown lines' coloured runs, for a dark or a light background.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> Colored(bool darkBackground)
    {
        lock (_colored)
        {
            if (!_colored.TryGetValue(darkBackground, out var runs))
            {
                _colored[darkBackground] = runs = SyntaxHighlighter.Highlight([.. Before, .. Shown], Language, darkBackground).Skip(Before.Count).ToList();
            }

            return runs;
        }
    }
}
