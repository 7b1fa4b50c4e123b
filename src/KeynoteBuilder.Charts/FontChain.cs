using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace KeynoteBuilder.Charts;

/// <summary>
/// The faces chart text is drawn from, in order: the bundled Liberation Sans, then the deck's
/// <c>theme.fonts</c> files. Each character takes the first face that has a glyph for it; a mark or joiner
/// stays with the letter before it when that face has it too. Never a system font: a character no face
/// has is reported (<see cref="FirstMissing"/>) and drawn as the bundled face's missing-glyph box.
/// </summary>
public sealed class FontChain
{
    /// <summary>Index of the bundled face in <see cref="FaceFor"/>'s answers.</summary>
    public const int BundledFace = 0;

    private static readonly Coverage BundledCoverage = new(FontSet.Shared.Regular);
    private static readonly Lazy<SKShaper> BundledRegular = new(() => new SKShaper(FontSet.Shared.Regular));
    private static readonly Lazy<SKShaper> BundledBold = new(() => new SKShaper(FontSet.Shared.Bold));
    private static readonly ConditionalWeakTable<FontFile, Coverage> ExtraCoverage = new();

    /// <summary>The faces in order: <paramref name="first"/> when given (a template's theme font), then the bundled one, then <paramref name="extras"/>.</summary>
    public FontChain(IReadOnlyList<FontFile> extras, FontFile? first = null)
    {
        Extras = first is null || extras.Contains(first) ? extras : [.. extras, first];
        _first = first is null ? -1 : Extras.ToList().IndexOf(first) + 1;
    }

    /// <summary>The face tried before the bundled one (an index as <see cref="FaceFor"/> gives them), or -1 for none.</summary>
    private readonly int _first;

    /// <summary>The bundled face alone: what a deck without <c>theme.fonts</c> draws with.</summary>
    public static FontChain Bundled { get; } = new([]);

    public IReadOnlyList<FontFile> Extras { get; }

    /// <summary>The face that draws <paramref name="codepoint"/>: 0 for the bundled one, 1 and up for the extras in order, -1 for none.</summary>
    public int FaceFor(int codepoint)
    {
        if (_first > 0 && CoverageOf(_first).Has(codepoint))
        {
            return _first;
        }

        if (BundledCoverage.Has(codepoint))
        {
            return BundledFace;
        }

        for (var i = 0; i < Extras.Count; i++)
        {
            if (CoverageOf(i + 1).Has(codepoint))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>The first character of <paramref name="text"/> that no face can draw, or null when every one can.</summary>
    public Rune? FirstMissing(string text)
    {
        foreach (var rune in Missing(text))
        {
            return rune;
        }

        return null;
    }

    /// <summary>Each character of <paramref name="text"/> that no face can draw, in order (repeats included), found as it is asked for.</summary>
    public IEnumerable<Rune> Missing(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!NeedsNoGlyph(rune) && FaceFor(rune.Value) < 0)
            {
                yield return rune;
            }
        }
    }

    /// <summary>
    /// The face of each UTF-16 unit of <paramref name="text"/>: marks, joiners and the low half of a pair
    /// follow the character before when its face has them; a character no face has falls to the bundled face.
    /// </summary>
    internal int[] Faces(string text)
    {
        var faces = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0)
            {
                faces[i] = faces[i - 1];
                continue;
            }

            var rune = Rune.TryGetRuneAt(text, i, out var r) ? r : Rune.ReplacementChar;
            var previous = i > 0 ? faces[i - 1] : -1;
            // Joiners and variation selectors are hidden by the shaper in any face; a space or a mark stays
            // with the letter before only where that face has it (a space from another face would be its
            // missing-glyph advance, too wide).
            if (previous >= 0 && (IsInvisible(rune) || ((Rune.IsWhiteSpace(rune) || IsAttached(rune)) && CoverageOf(previous).Has(rune.Value))))
            {
                faces[i] = previous;
                continue;
            }

            faces[i] = Math.Max(BundledFace, FaceFor(rune.Value));
        }

        return faces;
    }

    internal SKTypeface Typeface(int face, bool bold) =>
        face == BundledFace ? FontSet.Shared.Get(bold, italic: false) : Extras[face - 1].Typeface;

    internal SKShaper Shaper(int face, bool bold) =>
        face == BundledFace ? (bold ? BundledBold : BundledRegular).Value : Extras[face - 1].Shaper;

    /// <summary>Spaces, controls, joiners, direction marks and variation selectors draw no glyph of their own; superscripts are drawn as digits.</summary>
    private static bool NeedsNoGlyph(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || IsInvisible(rune)
            || (rune.IsBmp && Superscript.Characters.Contains((char)rune.Value));

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    private static bool IsAttached(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private Coverage CoverageOf(int face) =>
        face == BundledFace ? BundledCoverage : ExtraCoverage.GetValue(Extras[face - 1], file => new Coverage(file.Typeface));

    /// <summary>Which characters a face has, asked once per character.</summary>
    private sealed class Coverage(SKTypeface typeface)
    {
        private readonly ConcurrentDictionary<int, bool> _known = new();
        private readonly SKFont _font = new(typeface, 12);

        public bool Has(int codepoint) => _known.GetOrAdd(codepoint, c =>
        {
            // SKFont is not safe to share between threads.
            lock (_font)
            {
                return _font.GetGlyph(c) != 0;
            }
        });
    }
}
