using SkiaSharp;

namespace KeynoteBuilder.Charts;

/// <summary>
/// The bundled Liberation Sans and Liberation Mono faces (metric-compatible with Arial and Courier New), loaded once from the
/// assembly. Never a system font lookup: SkiaSharp's default typeface is empty on Linux and
/// machine-dependent elsewhere, so a chart would differ between a laptop and CI.
/// </summary>
public sealed class FontSet
{
    private static readonly Lazy<FontSet> Bundled = new(() => new FontSet());

    // Bold and italic code is drawn in its own faces, loaded when a deck first draws one.
    private readonly Lazy<SKTypeface> _monoBold;
    private readonly Lazy<SKTypeface> _monoItalic;
    private readonly Lazy<SKTypeface> _monoBoldItalic;

    private FontSet()
    {
        Regular = Load("LiberationSans-Regular.ttf");
        Bold = Load("LiberationSans-Bold.ttf");
        Italic = Load("LiberationSans-Italic.ttf");
        BoldItalic = Load("LiberationSans-BoldItalic.ttf");
        Mono = Load("LiberationMono-Regular.ttf");
        _monoBold = new(() => Load("LiberationMono-Bold.ttf"));
        _monoItalic = new(() => Load("LiberationMono-Italic.ttf"));
        _monoBoldItalic = new(() => Load("LiberationMono-BoldItalic.ttf"));
    }

    /// <summary>The shared instance; typefaces are immutable and safe to use from several threads.</summary>
    public static FontSet Shared => Bundled.Value;

    /// <summary>The family name of the bundled faces.</summary>
    public static string FamilyName => "Liberation Sans";

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface Italic { get; }

    public SKTypeface BoldItalic { get; }

    /// <summary>
    /// Liberation Mono, metric-compatible with Courier New (the face code spans are drawn in). Every glyph
    /// of every style has the same advance, so this regular face measures code in all four styles.
    /// </summary>
    public SKTypeface Mono { get; }

    /// <summary>Liberation Mono in a style: what bold (emphasised) and italic code is drawn in.</summary>
    public SKTypeface GetMono(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => _monoBoldItalic.Value,
        (true, false) => _monoBold.Value,
        (false, true) => _monoItalic.Value,
        _ => Mono,
    };

    public SKTypeface Get(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(FontSet).Assembly.GetManifestResourceStream("fonts/" + file)
            ?? throw new InvalidOperationException($"bundled font {file} is missing from the build");
        var face = SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"bundled font {file} could not be loaded");
        if (face.GlyphCount == 0)
        {
            throw new InvalidOperationException($"bundled font {file} has no glyphs");
        }

        return face;
    }
}
