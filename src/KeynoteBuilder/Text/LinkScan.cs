namespace KeynoteBuilder.Text;

/// <summary>
/// Where the pieces of <c>[label](address)</c> are in one text, worked out once in linear passes, so
/// that trying a link at every <c>[</c> stays linear in the text however many brackets it holds
/// (searching forward from each one would be quadratic in a bullet of brackets).
/// </summary>
internal sealed class LinkScan
{
    /// <summary>For each index, the next "](" at or after it; -1 when none.</summary>
    private readonly int[] _nextMiddle;

    /// <summary>For each index, the next '[' at or after it; the text's length when none.</summary>
    private readonly int[] _nextOpen;

    /// <summary>For each '(', the ')' that balances it (backslash escapes skipped), as Markdown reads an address; -1 when none.</summary>
    private readonly int[] _closing;

    public LinkScan(string text)
    {
        var length = text.Length;
        (_nextMiddle, _nextOpen, _closing) = (new int[length + 1], new int[length + 1], new int[length]);
        (_nextMiddle[length], _nextOpen[length]) = (-1, length);
        for (var i = length - 1; i >= 0; i--)
        {
            _nextMiddle[i] = text[i] == ']' && i + 1 < length && text[i + 1] == '(' ? i : _nextMiddle[i + 1];
            _nextOpen[i] = text[i] == '[' ? i : _nextOpen[i + 1];
        }

        Array.Fill(_closing, -1);
        var open = new Stack<int>();
        for (var i = 0; i < length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    open.Push(i);
                    break;
                case ')' when open.Count > 0:
                    _closing[open.Pop()] = i;
                    break;
            }
        }
    }

    /// <summary>The "](" of a link whose '[' is at <paramref name="start"/>: the first one after it, with no other '[' between; -1 when none.</summary>
    public int Middle(int start)
    {
        var middle = _nextMiddle[start + 1];
        return middle >= 0 && _nextOpen[start + 1] > middle ? middle : -1;
    }

    /// <summary>The ')' that closes the '(' at <paramref name="open"/>; -1 when none.</summary>
    public int Closing(int open) => _closing[open];
}
