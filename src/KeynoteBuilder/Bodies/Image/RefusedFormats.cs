namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// Picture formats a slide cannot rely on (not every client shows them, or they are documents, not
/// pictures), told by their first bytes, never by the file's extension. Each says how to convert.
/// </summary>
public static class RefusedFormats
{
    /// <summary>The format's name and the usual extension of such a file, or null when it is none of them.</summary>
    public static (string Name, string Extension)? Identify(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return ("WebP", "webp");
        }

        if (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8))
        {
            return IsoBrand(data[8..12]);
        }

        return data switch
        {
            [(byte)'B', (byte)'M', ..] when data.Length >= 26 => ("BMP", "bmp"),
            [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => ("TIFF", "tiff"),
            [0, 0, 1 or 2, 0, > 0, ..] => ("ICO", "ico"),
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => ("PDF", "pdf"),
            [(byte)'%', (byte)'!', (byte)'P', (byte)'S', ..] or [0xC5, 0xD0, 0xD3, 0xC6, ..] => ("EPS (PostScript)", "eps"),
            [(byte)'8', (byte)'B', (byte)'P', (byte)'S', ..] => ("Photoshop (PSD)", "psd"),
            [0xFF, 0x0A, ..] or [0, 0, 0, 0x0C, (byte)'J', (byte)'X', (byte)'L', (byte)' ', ..] => ("JPEG XL", "jxl"),
            [0, 0, 0, 0x0C, (byte)'j', (byte)'P', (byte)' ', (byte)' ', ..] => ("JPEG 2000", "jp2"),
            [0x1F, 0x8B, ..] => ("compressed (gzip, as an .svgz is)", "svgz"),
            _ => null,
        };
    }

    /// <summary>An ISO media file's brand: HEIF (an iPhone's HEIC photo) or AVIF; other brands are video, not pictures.</summary>
    private static (string, string)? IsoBrand(ReadOnlySpan<byte> brand) => brand switch
    {
        _ when brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8) => ("AVIF", "avif"),
        _ when brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("heim"u8) || brand.SequenceEqual("heis"u8)
            || brand.SequenceEqual("hevc"u8) || brand.SequenceEqual("hevx"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8) => ("HEIC/HEIF", "heic"),
        _ => ("ISO media (video)", "mp4"),
    };

    /// <summary>Whether a file named with <paramref name="named"/> (lower case, no dot) is named as its content <paramref name="extension"/> says (.tif is a TIFF, .heif a HEIC).</summary>
    public static bool NamedAs(string named, string extension) => named == extension || (extension, named) is ("tiff", "tif") or ("heic", "heif") or ("heic", "hif") or ("jpg", "jpeg");

    /// <summary>The command that turns such a file into one a slide takes: vector documents to SVG or PNG, the rest to PNG or JPEG.</summary>
    public static string HowToConvert(string path, string name, string extension)
    {
        // The path as the deck writes it, from the deck's folder, where the speaker runs the command.
        var stem = Path.ChangeExtension(path, null);
        if (!NamedAs(Path.GetExtension(path).TrimStart('.').ToLowerInvariant(), extension) && extension != "svgz")
        {
            stem += "-converted"; // the target must not be the misnamed file itself
        }

        var (file, svg, png, jpg) = (Shell(path), Shell(stem + ".svg"), Shell(stem + ".png"), Shell(stem + ".jpg"));
        return extension switch
        {
            "svgz" => $"decompress it: `gunzip -c {file} > {svg}`",
            "pdf" => $"convert its page to SVG (`pdftocairo -svg {file} {svg}`) or PNG (`magick -density 192 {file} {png}`)",
            "eps" => $"convert it to PNG, e.g. `magick -density 192 {file} {png}`",
            "mp4" => "take a still picture from it as PNG or JPEG",
            _ => $"convert it to PNG or JPEG, e.g. `magick {file} {(name is "HEIC/HEIF" or "AVIF" or "JPEG XL" or "JPEG 2000" ? jpg : png)}`",
        };
    }

    /// <summary>A path as a shell command takes it: quoted when it has spaces or quotes.</summary>
    private static string Shell(string path) => path.Any(c => c is ' ' or '\'' or '"' or '$' or '`') ? $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'" : path;
}
