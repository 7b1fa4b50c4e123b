using System.Buffers.Binary;
using System.Security.Cryptography;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace KeynoteBuilder.Charts;

/// <summary>
/// An extra font file a deck names in <c>theme.fonts</c> (TrueType, OpenType or a collection's first face),
/// checked before it is used: a damaged file is refused here, never drawn from. Immutable and shared
/// between threads; its shaper is made on first use.
/// </summary>
public sealed class FontFile
{
    private readonly Lazy<SKShaper> _shaper;

    private FontFile(string name, SKTypeface typeface, string digest)
    {
        Name = name;
        Typeface = typeface;
        Digest = digest;
        _shaper = new(() => new SKShaper(typeface));
    }

    /// <summary>The path as the deck wrote it.</summary>
    public string Name { get; }

    /// <summary>The face's family name, as the font itself says.</summary>
    public string FamilyName => Typeface.FamilyName;

    /// <summary>A digest of the file's bytes: the chart cache redraws a chart when a font file changes.</summary>
    public string Digest { get; }

    public SKTypeface Typeface { get; }

    internal SKShaper Shaper => _shaper.Value;

    /// <summary>Loads a font file, or returns null and says in <paramref name="problem"/> what is wrong with it.</summary>
    public static FontFile? Load(string name, byte[] bytes, out string problem)
    {
        problem = Sfnt.Problem(bytes) ?? "";
        if (problem.Length > 0)
        {
            return null;
        }

        var face = SKTypeface.FromData(SKData.CreateCopy(bytes));
        if (face is null || face.GlyphCount == 0)
        {
            face?.Dispose();
            problem = "its glyphs could not be read (a damaged or unsupported font)";
            return null;
        }

        return new FontFile(name, face, Convert.ToHexString(SHA256.HashData(bytes)));
    }

    /// <summary>
    /// The container checks a font engine skips: a known signature and every table inside the file, so a
    /// truncated or renamed file is an error at its line, not missing glyphs or a crash later.
    /// </summary>
    private static class Sfnt
    {
        public static string? Problem(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length < 12)
            {
                return "it is too short to be a font";
            }

            var tag = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            switch (tag)
            {
                case 0x774F4646 or 0x774F4632: // wOFF, wOF2
                    return "it is a web font (WOFF or WOFF2), which is not read; use the same font's .ttf or .otf file";
                case 0x74746366: // ttcf: a collection; its first face is used
                    var count = BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]);
                    if (count == 0 || bytes.Length < 16)
                    {
                        return "the font collection holds no face";
                    }

                    var offset = BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]);
                    return offset > (uint)bytes.Length - 12 ? "the font collection is cut short" : Tables(bytes, (int)offset);
                case 0x00010000 or 0x4F54544F or 0x74727565: // TrueType, OTTO, true
                    return Tables(bytes, 0);
                default:
                    return "it is not a TrueType or OpenType font (.ttf, .otf, .ttc)";
            }
        }

        private static string? Tables(ReadOnlySpan<byte> bytes, int start)
        {
            var count = BinaryPrimitives.ReadUInt16BigEndian(bytes[(start + 4)..]);
            if (count == 0 || start + 12 + (16L * count) > bytes.Length)
            {
                return "its table directory is cut short (a truncated or damaged file)";
            }

            var hasCmap = false;
            for (var i = 0; i < count; i++)
            {
                var entry = bytes.Slice(start + 12 + (16 * i), 16);
                hasCmap |= BinaryPrimitives.ReadUInt32BigEndian(entry) == 0x636D6170; // cmap
                var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
                var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
                if ((long)offset + length > bytes.Length)
                {
                    return "a table runs past the end of the file (a truncated or damaged file)";
                }
            }

            return hasCmap ? null : "it has no character map (cmap), so no text can be drawn with it";
        }
    }
}
