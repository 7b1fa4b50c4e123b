using System.Buffers;

namespace KeynoteBuilder.Text;

/// <summary>
/// How multi-line text becomes paragraphs, as in Markdown: blank lines separate paragraphs, and the
/// lines inside one flow together with a space. <c>text</c> and <c>notes</c> follow this rule, and
/// every one-line field (a bullet, a title, a source) is one such paragraph.
/// </summary>
public static class TextParagraphs
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>One paragraph of a multi-line value: its text, and the index of its first line in the value.</summary>
    public readonly record struct Block(string Text, int FirstLine);

    public static List<Block> Split(string text)
    {
        var result = new List<Block>();
        var lines = Normalize(text).Split('\n');
        var block = new List<string>();
        var firstLine = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].Trim().Length == 0)
            {
                if (block.Count > 0)
                {
                    result.Add(new Block(string.Join(' ', block), firstLine));
                    block.Clear();
                }

                continue;
            }

            if (block.Count == 0)
            {
                firstLine = i;
            }

            block.Add(lines[i].Trim());
        }

        return result;
    }

    /// <summary>A one-line field written over several lines (a quoted or block scalar): its lines joined by spaces.</summary>
    public static string OneLine(string text) =>
        text.AsSpan().IndexOfAny(LineBreaks) < 0 ? text : string.Join(' ', Split(text).Select(b => b.Text));

    /// <summary>Every line break Unicode knows (CR LF, CR, NEL, LS, PS) as one line feed.</summary>
    private static string Normalize(string text) => LineBreaksAs(text, '\n');

    /// <summary>
    /// <paramref name="text"/> with every line break Unicode knows (CR LF counts as one) written as <paramref name="mark"/>:
    /// a line feed for splitting, a space where a value must stay one line. The text itself when it has none.
    /// </summary>
    public static string LineBreaksAs(string text, char mark)
    {
        if (text.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return text;
        }

        var chars = text.Replace("\r\n", "\n", StringComparison.Ordinal).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = LineBreaks.Contains(chars[i]) ? mark : chars[i];
        }

        return new string(chars);
    }
}
