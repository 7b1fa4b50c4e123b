using System.Globalization;
using System.Text;
using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Text;

/// <summary>
/// The words of the missing-glyph warnings (KB1141 at binding, KB1203 in the renderer): the first
/// character of each script that no font has, up to <see cref="MostNamed"/>, so that a speaker whose
/// line mixes Japanese, Korean and Arabic adds the fonts for all of them at once, not one per build.
/// </summary>
public static class MissingCharacters
{
    /// <summary>Scripts named at most; past them the message says there are characters of other scripts.</summary>
    private const int MostNamed = 4;

    /// <summary>Texts longer than this are shortened in the message; its position points at the whole text.</summary>
    private const int ShownText = 60;

    /// <summary>
    /// "no font has the character(s) … in '…', <paramref name="consequence"/>; add …" for the characters of
    /// <paramref name="text"/> that <paramref name="fonts"/> cannot draw, or null when it can draw them all.
    /// </summary>
    public static string? Message(FontChain fonts, string text, string consequence)
    {
        var named = new List<Rune>();
        var scripts = new HashSet<string>(StringComparer.Ordinal);
        var more = false;
        foreach (var rune in fonts.Missing(text))
        {
            if (!scripts.Add(Script(rune)))
            {
                continue;
            }

            if (named.Count == MostNamed)
            {
                more = true;
                break;
            }

            named.Add(rune);
        }

        if (named.Count == 0)
        {
            return null;
        }

        var shown = text.Length > ShownText ? text[..ShownText] + "…" : text;
        if (named.Count == 1)
        {
            return $"no font has the character {Name(named[0])} in '{shown}', {consequence}; add a font file that has it to `theme.fonts`";
        }

        var list = string.Join(", ", named.SkipLast(1).Select(Name))
            + (more ? $", {Name(named[^1])} and characters of other scripts" : $" and {Name(named[^1])}");
        return $"no font has the characters {list} in '{shown}' (the first missing one of each script), {consequence}; "
            + "add font files that have them to `theme.fonts` (one file may cover several scripts)";
    }

    /// <summary>The character as the speaker would type it, and its code point (the code alone for one that shows nothing).</summary>
    public static string Name(Rune rune)
    {
        var code = rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned ? $"(U+{code})" : $"'{rune}' (U+{code})";
    }

    /// <summary>
    /// Which font a character asks for, roughly: Han with kana (one Japanese or Chinese font has both),
    /// Hangul, a script that names a language (Arabic, Hebrew, Thai, Devanagari), symbols and emoji,
    /// else its 128-character block (one script for the alphabets that remain).
    /// </summary>
    private static string Script(Rune rune)
    {
        var c = rune.Value;
        if (TextScripts.IsHangul(c))
        {
            return "Hangul";
        }

        if (TextScripts.IsEastAsian(c))
        {
            return "Han and kana";
        }

        if (TextScripts.Language(rune, default) is { } language)
        {
            return language;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
            ? "symbols"
            : (c >> 7).ToString(CultureInfo.InvariantCulture);
    }
}
