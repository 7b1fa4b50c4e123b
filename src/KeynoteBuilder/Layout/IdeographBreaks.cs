namespace KeynoteBuilder.Layout;

/// <summary>
/// Where a line may break in Chinese and Japanese, which are written without spaces: before and after
/// any ideograph, kana or full-width form, but never before closing punctuation, small kana or the
/// prolonged sound mark, nor after an opening bracket (the kinsoku rules PowerPoint applies by
/// default). Korean is written with spaces between words and breaks at them, like Latin text.
/// </summary>
internal static class IdeographBreaks
{
    /// <summary>Closing punctuation, small kana and marks that may not start a line.</summary>
    private const string NoLineStart = "、。，．・：；？！ー）」』】〕〉》〙〗｝］ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻‐゠〜～)]}.,;:!?%";

    /// <summary>Opening brackets that may not end a line.</summary>
    private const string NoLineEnd = "（「『【〔〈《〘〖｛［([{";

    /// <summary>Whether a line may break between <paramref name="before"/> and <paramref name="after"/> (code points), neither a space.</summary>
    public static bool Between(int before, int after) =>
        (IsIdeographic(before) || IsIdeographic(after)) && !Contains(NoLineStart, after) && !Contains(NoLineEnd, before);

    /// <summary>CJK ideographs (all planes), radicals, kana, CJK punctuation and full-width forms.</summary>
    private static bool IsIdeographic(int c) => c is (>= 0x2E80 and <= 0x2FDF) or (>= 0x3000 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF)
        or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    private static bool Contains(string set, int c) => c <= 0xFFFF && set.Contains((char)c, StringComparison.Ordinal);
}
