using System.Globalization;
using System.Text;

namespace KeynoteBuilder.Charts;

/// <summary>A stretch of one line in one direction: <see cref="Start"/> and <see cref="Length"/> in UTF-16 units of the logical text.</summary>
internal readonly record struct BidiRun(int Start, int Length, bool RightToLeft);

/// <summary>
/// The Unicode bidirectional algorithm for one line of label text, without explicit embeddings
/// (labels have none): paragraph direction from the first strong letter, weak types resolved (numbers
/// and their separators stay together, Arabic-Indic digits, marks follow their letter), neutrals between
/// two letters of one direction take it, then levels and the runs in visual order, left to right.
/// An Arabic label reads right to left, and "2014" inside it keeps its digits' order.
/// </summary>
internal static class Bidi
{
    private enum Kind : byte
    {
        L,
        R,
        AL,
        EN,
        AN,
        ES,
        ET,
        CS,
        NSM,
        ON,
    }

    /// <summary>
    /// The runs of <paramref name="text"/> in visual order (leftmost first). The paragraph's direction is
    /// <paramref name="rightToLeft"/> when given (a line of a slide paragraph, which may start with a word of
    /// the other direction), else that of its first strong letter.
    /// </summary>
    public static IReadOnlyList<BidiRun> VisualRuns(string text, bool? rightToLeft = null)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            // The low half of a surrogate pair takes its pair's kind: both halves are one character.
            kinds[i] = char.IsLowSurrogate(text[i]) && i > 0 ? kinds[i - 1] : Classify(Rune.TryGetRuneAt(text, i, out var r) ? r : Rune.ReplacementChar);
        }

        var rtlParagraph = rightToLeft ?? (Array.FindIndex(kinds, k => k is Kind.L or Kind.R or Kind.AL) is >= 0 and var first && kinds[first] != Kind.L);
        ResolveWeak(kinds, rtlParagraph);
        var levels = ResolveLevels(kinds, rtlParagraph);
        return Reorder(levels);
    }

    private static Kind Classify(Rune rune)
    {
        var c = rune.Value;
        if (c is >= '0' and <= '9' or >= 0x06F0 and <= 0x06F9 or >= 0x2070 and <= 0x2079 or 0xB2 or 0xB3 or 0xB9)
        {
            return Kind.EN;
        }

        if (c is >= 0x0660 and <= 0x0669 or 0x066B or 0x066C)
        {
            return Kind.AN;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Kind.NSM;
        }

        if (TextScripts.IsRightToLeft(c) && category is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Control))
        {
            return c is >= 0x0590 and <= 0x05FF or >= 0xFB1D and <= 0xFB4F or >= 0x07C0 and <= 0x085F ? Kind.R : Kind.AL;
        }

        return c switch
        {
            '+' or '-' or 0x2212 or 0x207A or 0x207B => Kind.ES,
            '#' or '$' or '%' or 0xA2 or 0xA3 or 0xA4 or 0xA5 or 0xB0 or 0xB1 or 0x2030 or 0x2031 or 0x066A or (>= 0x20A0 and <= 0x20CF) => Kind.ET,
            ',' or '.' or ':' or '/' or 0xA0 or 0x060C => Kind.CS,
            _ when category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.LetterNumber => Kind.L,
            _ => Kind.ON,
        };
    }

    /// <summary>Rules W1 to W7 over the one level run a label is.</summary>
    private static void ResolveWeak(Kind[] kinds, bool rtlParagraph)
    {
        var sos = rtlParagraph ? Kind.R : Kind.L;
        var strong = sos;
        for (var i = 0; i < kinds.Length; i++)
        {
            // W1: a mark takes the kind of the character it sits on.
            if (kinds[i] == Kind.NSM)
            {
                kinds[i] = i == 0 ? sos : kinds[i - 1];
            }

            // W2: European digits after Arabic letters are Arabic numbers; W3: Arabic letters are R.
            if (kinds[i] is Kind.L or Kind.R or Kind.AL)
            {
                strong = kinds[i];
            }
            else if (kinds[i] == Kind.EN && strong == Kind.AL)
            {
                kinds[i] = Kind.AN;
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = kinds[i] == Kind.AL ? Kind.R : kinds[i];
        }

        // W4: one separator between two numbers of a kind joins them ("1,000", "3.12").
        for (var i = 1; i + 1 < kinds.Length; i++)
        {
            if (kinds[i - 1] == kinds[i + 1] && ((kinds[i] == Kind.ES && kinds[i - 1] == Kind.EN) || (kinds[i] == Kind.CS && kinds[i - 1] is Kind.EN or Kind.AN)))
            {
                kinds[i] = kinds[i - 1];
            }
        }

        // W5: currency and percent signs next to European digits belong to the number.
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.ET)
            {
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.ET)
            {
                end++;
            }

            var number = (i > 0 && kinds[i - 1] == Kind.EN) || (end < kinds.Length && kinds[end] == Kind.EN);
            for (var j = i; j < end; j++)
            {
                kinds[j] = number ? Kind.EN : Kind.ON;
            }

            i = end - 1;
        }

        // W6 and W7: leftover separators are neutral; European digits after Latin letters are Latin.
        strong = sos;
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = kinds[i] is Kind.ES or Kind.CS ? Kind.ON : kinds[i];
            if (kinds[i] is Kind.L or Kind.R)
            {
                strong = kinds[i];
            }
            else if (kinds[i] == Kind.EN && strong == Kind.L)
            {
                kinds[i] = Kind.L;
            }
        }
    }

    /// <summary>Rules N1, N2, I1 and I2: neutrals between two of a direction take it, then embedding levels.</summary>
    private static byte[] ResolveLevels(Kind[] kinds, bool rtlParagraph)
    {
        var paragraph = rtlParagraph ? Kind.R : Kind.L;
        static Kind Direction(Kind k) => k is Kind.R or Kind.EN or Kind.AN ? Kind.R : k;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.ON)
            {
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.ON)
            {
                end++;
            }

            var before = i == 0 ? paragraph : Direction(kinds[i - 1]);
            var after = end == kinds.Length ? paragraph : Direction(kinds[end]);
            for (var j = i; j < end; j++)
            {
                kinds[j] = before == after ? before : paragraph;
            }

            i = end - 1;
        }

        var baseLevel = (byte)(rtlParagraph ? 1 : 0);
        var levels = new byte[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = (rtlParagraph, kinds[i]) switch
            {
                (false, Kind.R) => 1,
                (false, Kind.EN or Kind.AN) => 2,
                (true, Kind.L or Kind.EN or Kind.AN) => 2,
                _ => baseLevel,
            };
        }

        return levels;
    }

    /// <summary>Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.</summary>
    private static List<BidiRun> Reorder(byte[] levels)
    {
        var runs = new List<(int Start, int Length, byte Level)>();
        for (var i = 0; i < levels.Length;)
        {
            var end = i;
            while (end < levels.Length && levels[end] == levels[i])
            {
                end++;
            }

            runs.Add((i, end - i, levels[i]));
            i = end;
        }

        var highest = runs.Max(r => r.Level);
        var lowestOdd = runs.Where(r => r.Level % 2 == 1).Select(r => (int)r.Level).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Level < level)
                {
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }

        return runs.Select(r => new BidiRun(r.Start, r.Length, r.Level % 2 == 1)).ToList();
    }
}
