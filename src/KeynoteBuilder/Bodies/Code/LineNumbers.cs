using System.Globalization;

namespace KeynoteBuilder.Bodies.Code;

/// <summary>A line number or a range of them as a deck writes it: <c>12</c> or <c>"10-24"</c>, counting from 1.</summary>
public static class LineNumbers
{
    /// <summary>The range (first, last), or the reason it is not one.</summary>
    public static (int First, int Last)? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('-');
        if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var first = int.Parse(parts[0].Trim(), CultureInfo.InvariantCulture);
            var last = int.Parse(parts[^1].Trim(), CultureInfo.InvariantCulture);
            problem = first == 0 ? "line numbers count from 1"
                : last < first ? $"the range ends before it starts; write \"{last}-{first}\""
                : null;
            return problem is null ? (first, last) : null;
        }

        problem = "write a line number such as 12, or a range such as \"10-24\"";
        return null;
    }

    public static string Describe((int First, int Last) range) =>
        range.First == range.Last ? $"line {range.First}" : $"lines {range.First}-{range.Last}";
}
