using System.Globalization;

namespace KeynoteBuilder.Steps;

/// <summary>
/// Canonical decomposition (NFD) for matching phrases: "é" as one character and "e" + U+0301 compare equal.
/// The tool runs with invariant globalization, where <see cref="string.Normalize()"/> does nothing, so the
/// decompositions come from a table (CanonicalDecompositions.txt) and Hangul's formula. Approximation:
/// combining marks are not reordered by combining class (a phrase and its text rarely differ in that).
/// </summary>
internal static class CanonicalForm
{
    private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3, JamoL = 0x1100, JamoV = 0x1161, JamoT = 0x11A7, VowelCount = 21, FinalCount = 28;

    /// <summary>The first character with a decomposition: plain ASCII text needs no work.</summary>
    private const char FirstDecomposable = '\u00C0';

    private static readonly Lazy<Dictionary<char, string>> Table = new(Load);

    /// <summary>
    /// <paramref name="text"/> decomposed, and for each character of the result the index of the character
    /// of <paramref name="text"/> it comes from (null when nothing decomposed: the indices are the same).
    /// </summary>
    public static (string Text, int[]? Origin) Decompose(string text)
    {
        var first = FirstChange(text);
        if (first < 0)
        {
            return (text, null);
        }

        var result = new System.Text.StringBuilder(text.Length + 8);
        var origin = new List<int>(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var decomposed = i < first ? null : Of(text[i]);
            var start = result.Length;
            if (decomposed is null)
            {
                result.Append(text[i]);
            }
            else
            {
                result.Append(decomposed);
            }

            for (var k = start; k < result.Length; k++)
            {
                origin.Add(i);
            }
        }

        return (result.ToString(), [.. origin]);
    }

    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= FirstDecomposable && Of(text[i]) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Of(char c)
    {
        if (c < FirstDecomposable)
        {
            return null;
        }

        if (c is >= (char)HangulFirst and <= (char)HangulLast)
        {
            var index = c - HangulFirst;
            var (l, v, t) = (index / (VowelCount * FinalCount), index % (VowelCount * FinalCount) / FinalCount, index % FinalCount);
            return t == 0
                ? string.Concat((char)(JamoL + l), (char)(JamoV + v))
                : string.Concat((char)(JamoL + l), (char)(JamoV + v), (char)(JamoT + t));
        }

        return Table.Value.GetValueOrDefault(c);
    }

    private static Dictionary<char, string> Load()
    {
        using var stream = typeof(CanonicalForm).Assembly.GetManifestResourceStream("steps/CanonicalDecompositions.txt")
            ?? throw new InvalidOperationException("the canonical decomposition table is not embedded");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var codes = line.Split(' ');
            table[Hex(codes[0])] = string.Concat(codes.Skip(1).Select(Hex));
        }

        return table;
    }

    private static char Hex(string code) => (char)int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
