using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace KeynoteBuilder.Charts;

/// <summary>
/// A stretch of a line in one style: <c>text[Start..(Start + Length)]</c>, whose characters the bundled
/// <paramref name="Face"/> has are drawn in it (Liberation Sans in its style, or Liberation Mono for code);
/// the others come from the deck's fonts, emboldened when <paramref name="Bold"/>.
/// </summary>
public readonly record struct StyledSpan(int Start, int Length, SKTypeface Face, bool Bold);

/// <summary>
/// Glyphs of one face, one direction and one span, placed on a line: <see cref="X"/> from the line's left
/// edge, <see cref="Positions"/> from <see cref="X"/>; <see cref="Clusters"/> are UTF-8 byte offsets into
/// <see cref="Text"/>, the characters they came from (a PDF keeps them, so the text can be selected and searched).
/// </summary>
public sealed record PlacedGlyphs(SKFont Font, int Span, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Text, float X, float Width);

/// <summary>
/// Shapes one line of slide text the way the chart text is shaped (<see cref="ShapedText"/>): split by
/// direction (<see cref="Bidi"/>, in the paragraph's direction), by span and by the face that has each
/// character (<see cref="FontChain"/>), each piece shaped by HarfBuzz and the pieces laid out left to right
/// in visual order. Arabic joins, Hebrew and Arabic read right to left, marks sit on their letters.
/// One instance per painter: its fonts and shapers are not safe to share between threads.
/// </summary>
public sealed class LineShaper(FontChain chain) : IDisposable
{
    private readonly Dictionary<(SKTypeface Face, float Size, bool Embolden), SKFont> _fonts = [];
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];

    public FontChain Chain => chain;

    /// <summary>Whether a plain glyph run in the bundled faces draws <paramref name="text"/> right (no shaping, no other font).</summary>
    public static bool IsPlain(string text) => ShapedText.IsPlain(text);

    /// <summary>The line's glyph runs, left to right; <paramref name="spans"/> cover <paramref name="text"/> in order.</summary>
    public IReadOnlyList<PlacedGlyphs> Shape(string text, IReadOnlyList<StyledSpan> spans, float size, bool rightToLeft)
    {
        var faces = chain.Faces(text);
        var spanOf = new int[text.Length];
        for (var s = 0; s < spans.Count; s++)
        {
            Array.Fill(spanOf, s, spans[s].Start, spans[s].Length);
        }

        var placed = new List<PlacedGlyphs>();
        var x = 0f;
        foreach (var direction in Bidi.VisualRuns(text, rightToLeft))
        {
            var pieces = new List<PlacedGlyphs>();
            var (start, end) = (direction.Start, direction.Start + direction.Length);
            while (start < end)
            {
                var stop = start + 1;
                while (stop < end && faces[stop] == faces[start] && spanOf[stop] == spanOf[start])
                {
                    stop++;
                }

                pieces.Add(ShapePiece(text, start, stop - start, faces[start], spans[spanOf[start]], spanOf[start], size, direction.RightToLeft));
                start = stop;
            }

            // Within a right-to-left run, the logically first piece is the rightmost.
            if (direction.RightToLeft)
            {
                pieces.Reverse();
            }

            foreach (var piece in pieces)
            {
                placed.Add(piece with { X = x });
                x += piece.Width;
            }
        }

        return placed;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
    }

    private PlacedGlyphs ShapePiece(string text, int start, int length, int face, StyledSpan span, int spanIndex, float size, bool rightToLeft)
    {
        var bundled = face == FontChain.BundledFace;
        var typeface = bundled ? span.Face : chain.Typeface(face, bold: false);
        var font = Font(typeface, size, embolden: span.Bold && !bundled);
        using var buffer = new HarfBuzzSharp.Buffer();
        // The whole line goes in as context, so Arabic letters join across a change of face or style.
        buffer.AddUtf16(text, start, length);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        SKShaper.Result result;
        if (bundled)
        {
            result = BundledShaper(typeface).Shape(buffer, 0, 0, font);
        }
        else
        {
            // The deck's font files, and their shapers, are shared by every painter.
            var shaper = chain.Shaper(face, bold: false);
            lock (shaper)
            {
                result = shaper.Shape(buffer, 0, 0, font);
            }
        }

        var piece = text.Substring(start, length);
        var clusters = Array.ConvertAll(result.Clusters, c => (uint)Encoding.UTF8.GetByteCount(text.AsSpan(start, Math.Clamp((int)c - start, 0, length))));
        return new PlacedGlyphs(font, spanIndex, Array.ConvertAll(result.Codepoints, g => (ushort)g), result.Points, clusters, Encoding.UTF8.GetBytes(piece), 0, result.Width);
    }

    private SKShaper BundledShaper(SKTypeface typeface)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            _shapers[typeface] = shaper = new SKShaper(typeface);
        }

        return shaper;
    }

    private SKFont Font(SKTypeface typeface, float size, bool embolden)
    {
        if (!_fonts.TryGetValue((typeface, size, embolden), out var font))
        {
            font = new SKFont(typeface, size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
                // A deck's font file has one face: bold text in it is emboldened.
                Embolden = embolden,
            };
            _fonts[(typeface, size, embolden)] = font;
        }

        return font;
    }
}
