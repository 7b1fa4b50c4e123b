using System.Globalization;

namespace KeynoteBuilder.Steps;

/// <summary>
/// Where a phrase may start or end, after UAX #29 in the part that matters for emphasis: between two
/// letters or digits of a script written with spaces between words there is no boundary ("MPX" is not
/// found in "MPXs"); Chinese, Japanese, Thai, Lao, Khmer, Myanmar and Tibetan are written without spaces,
/// so a phrase may start or end at any of their characters. A letter is never cut from its combining
/// mark, nor a surrogate pair in two.
/// </summary>
public static class WordBoundary
{
    /// <summary>Whether <paramref name="text"/> may be cut between index - 1 and index (the ends always may).</summary>
    public static bool At(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        var (before, after) = (text[index - 1], text[index]);
        if (IsMark(after) || (char.IsHighSurrogate(before) && char.IsLowSurrogate(after)))
        {
            return false;
        }

        return !(IsWordChar(before) && IsWordChar(after)) || Unspaced(before) || Unspaced(after);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Scripts written without spaces between words (ideographs, kana, South-East Asian scripts).</summary>
    private static bool Unspaced(char c) => c switch
    {
        >= '\u0E00' and <= '\u0EFF' => true, // Thai, Lao
        >= '\u0F00' and <= '\u0FFF' => true, // Tibetan
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u3000' and <= '\u30FF' => true, // CJK symbols (々), Hiragana, Katakana
        >= '\u3100' and <= '\u31FF' => true, // Bopomofo, Katakana extensions
        >= '\u3400' and <= '\u4DBF' => true, // CJK Extension A
        >= '\u4E00' and <= '\u9FFF' => true, // CJK Unified Ideographs
        >= '\uF900' and <= '\uFAFF' => true, // CJK Compatibility Ideographs
        >= '\uFF66' and <= '\uFF9F' => true, // half-width Katakana
        _ => false,
    };
}
