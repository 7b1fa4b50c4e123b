using System.Globalization;
using System.Text;

namespace KeynoteBuilder.Charts;

/// <summary>
/// What a piece of text needs from a font and a layout engine, decided from its characters alone (never
/// from the machine's locale): whether it reads right to left, needs shaping, or holds East Asian text.
/// The chart text and the .pptx writer both ask here, so a label and a slide agree on its script.
/// </summary>
public static class TextScripts
{
    /// <summary>Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.</summary>
    public static bool IsRightToLeft(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);

    /// <summary>Scripts whose letters join or reorder (Arabic, Hebrew points, Indic, Thai...): PowerPoint's complex-script slot.</summary>
    public static bool IsComplex(int c) =>
        IsRightToLeft(c) || c is (>= 0x0900 and <= 0x0DFF) or (>= 0x0E00 and <= 0x0EFF) or (>= 0x0F00 and <= 0x109F)
            or (>= 0x1780 and <= 0x17FF) or (>= 0x1900 and <= 0x1AFF) or (>= 0x1B00 and <= 0x1BFF) or (>= 0xA800 and <= 0xAAFF);

    /// <summary>Han, kana, Hangul, bopomofo, CJK punctuation and full-width forms: PowerPoint's East Asian slot.</summary>
    public static bool IsEastAsian(int c) =>
        c is (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0x2FDF) or (>= 0x3000 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F)
            or (>= 0xAC00 and <= 0xD7FF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFFEF)
            or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>Hiragana, katakana and their extensions: text with any of them is Japanese.</summary>
    public static bool IsKana(int c) => c is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F);

    /// <summary>Hangul syllables and jamo: text with any of them is Korean.</summary>
    public static bool IsHangul(int c) => c is (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF);

    /// <summary>
    /// Characters a plain left-to-right glyph run would draw wrongly: combining marks (they attach to the
    /// letter before), joiners and other format characters, right-to-left and complex scripts.
    /// </summary>
    public static bool NeedsShaping(Rune rune) =>
        IsComplex(rune.Value) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    /// <summary>A paragraph reads right to left when its first letter of a strong direction does (Unicode's rule P2).</summary>
    public static bool IsRightToLeftText(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeft(rune.Value) && Rune.IsLetter(rune))
            {
                return true;
            }

            if (Rune.IsLetter(rune))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether any character of <paramref name="text"/> satisfies <paramref name="test"/>.</summary>
    public static bool Any(string text, Func<int, bool> test)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (test(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The language a character's script names without doubt (Arabic, Hebrew, Thai, Japanese when its paragraph has
    /// kana, Korean), or null where the script does not say (Latin, Han alone, spaces and punctuation).
    /// </summary>
    public static string? Language(Rune rune, ParagraphScripts paragraph)
    {
        var c = rune.Value;
        return c switch
        {
            >= 0x0590 and <= 0x05FF or >= 0xFB1D and <= 0xFB4F => "he-IL",
            >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => "ar-SA",
            >= 0x0E00 and <= 0x0E7F => "th-TH",
            >= 0x0900 and <= 0x097F => "hi-IN",
            _ when IsHangul(c) => "ko-KR",
            _ when IsKana(c) => "ja-JP",
            _ when IsEastAsian(c) && paragraph.Kana => "ja-JP",
            _ when IsEastAsian(c) && paragraph.Hangul => "ko-KR",
            _ => null,
        };
    }
}

/// <summary>
/// What a whole paragraph says about the language of its Han characters: kana anywhere make them
/// Japanese, Hangul Korean. Found once per paragraph, so that naming each run's language stays linear
/// in the text (asking the paragraph again for every run was quadratic: seconds for one long table cell).
/// </summary>
public readonly record struct ParagraphScripts(bool Kana, bool Hangul)
{
    public static ParagraphScripts Of(string text) => new(TextScripts.Any(text, TextScripts.IsKana), TextScripts.Any(text, TextScripts.IsHangul));
}
