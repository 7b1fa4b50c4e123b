using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// One run of glyphs from one face in one direction, as HarfBuzz placed them: <see cref="Positions"/> from
/// the run's left edge, <see cref="Clusters"/> the index in the text each glyph came from (descending in a
/// right-to-left run), <see cref="Rise"/> above the baseline (a superscript).
/// </summary>
internal sealed record ShapedRun(SKFont Font, int Face, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, float Width, float Rise, bool RightToLeft);

/// <summary>
/// Chart text that needs more than glyph advances: split by direction (<see cref="Bidi"/>) and by the
/// face that has each character (<see cref="FontChain"/>), each run shaped by HarfBuzz, the runs laid out
/// left to right in visual order. Widths for fitting come from the same shaped runs that are drawn.
/// </summary>
internal sealed class ShapedText(FontChain chain, MeasureCount? count) : IDisposable
{
    private readonly Dictionary<(int Face, float Size, bool Bold), SKFont> _fonts = [];

    /// <summary>Whether the plain path draws <paramref name="text"/> right: every character in the bundled face, none that needs shaping.</summary>
    public static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            // Below the IPA block the bundled face has every letter (a test checks), and none needs shaping.
            if (c < 0x0250 || Superscript.Characters.Contains(c))
            {
                continue;
            }

            return IsPlainSlow(text);
        }

        return true;
    }

    public float Width(string text, float size, bool bold) => Shape(text, size, bold).Sum(run => run.Width);

    public void Draw(SKCanvas canvas, SKPaint paint, string text, float left, float baseline, float size, bool bold)
    {
        using var builder = new SKPathBuilder();
        foreach (var run in Shape(text, size, bold))
        {
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                using var glyph = run.Font.GetGlyphPath(run.Glyphs[i]);
                if (glyph is not null)
                {
                    builder.AddPath(glyph, left + run.Positions[i].X, baseline - run.Rise + run.Positions[i].Y, SKPathAddMode.Append);
                }
            }

            left += run.Width;
        }

        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }

    /// <summary>The text's runs in visual order, each shaped in its face and direction.</summary>
    public IReadOnlyList<ShapedRun> Shape(string text, float size, bool bold)
    {
        count?.Add(text.Length);
        var faces = chain.Faces(text);
        var runs = new List<ShapedRun>();
        foreach (var direction in Bidi.VisualRuns(text))
        {
            var pieces = new List<ShapedRun>();
            var start = direction.Start;
            var end = direction.Start + direction.Length;
            while (start < end)
            {
                var raised = IsRaised(text[start]);
                var stop = start + 1;
                while (stop < end && faces[stop] == faces[start] && IsRaised(text[stop]) == raised)
                {
                    stop++;
                }

                pieces.Add(ShapeRun(text, start, stop - start, faces[start], raised ? size * Superscript.Scale : size, bold, direction.RightToLeft, raised ? size * Superscript.Rise : 0));
                start = stop;
            }

            // Within a right-to-left run, the logically first piece is the rightmost.
            if (direction.RightToLeft)
            {
                pieces.Reverse();
            }

            runs.AddRange(pieces);
        }

        return runs;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }

    private static bool IsPlainSlow(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var plain = rune.Value < 0x0250 || (rune.IsBmp && Superscript.Characters.Contains((char)rune.Value))
                || (!TextScripts.NeedsShaping(rune) && FontChain.Bundled.FaceFor(rune.Value) == FontChain.BundledFace);
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRaised(char c) => Superscript.Characters.Contains(c);

    private ShapedRun ShapeRun(string text, int start, int length, int face, float size, bool bold, bool rightToLeft, float rise)
    {
        var font = Font(face, size, bold);
        using var buffer = new HarfBuzzSharp.Buffer();
        // Superscripts are drawn as ordinary digits, smaller and raised (the bundled face has no ⁰ or ⁻).
        var piece = IsRaised(text[start]) ? string.Concat(Superscript.Runs(text.Substring(start, length)).Select(r => r.Text)) : null;
        if (piece is null)
        {
            // The whole text goes in as context, so Arabic letters join across a change of face.
            buffer.AddUtf16(text, start, length);
        }
        else
        {
            buffer.AddUtf16(piece);
        }

        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        var shaper = chain.Shaper(face, bold && face == FontChain.BundledFace);
        SkiaSharp.HarfBuzz.SKShaper.Result result;
        lock (shaper)
        {
            result = shaper.Shape(buffer, 0, 0, font);
        }

        var glyphs = Array.ConvertAll(result.Codepoints, g => (ushort)g);
        return new ShapedRun(font, face, glyphs, result.Points, result.Clusters, result.Width, rise, rightToLeft);
    }

    private SKFont Font(int face, float size, bool bold)
    {
        if (!_fonts.TryGetValue((face, size, bold), out var font))
        {
            font = new SKFont(chain.Typeface(face, bold), size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
                // An extra font file has one face: bold text in it is emboldened.
                Embolden = bold && face != FontChain.BundledFace,
            };
            _fonts[(face, size, bold)] = font;
        }

        return font;
    }
}
