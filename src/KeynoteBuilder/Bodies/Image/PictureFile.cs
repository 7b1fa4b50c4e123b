using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Charts.Svg;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// A picture file as a slide shows it: its bytes as they go into the package, their type, its stored size
/// (pixels; an SVG's CSS pixels) and how it is turned to show upright.
/// </summary>
public sealed record PictureFile(string Path, byte[] Data, string ContentType, int PixelWidth, int PixelHeight, PictureTurn Turn)
{
    public const string Svg = "image/svg+xml";

    /// <summary>Larger images make slow, huge decks; 50 megapixels is far past any projector.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>A diagram is kilobytes; past this an SVG is a drawing no slide needs, slow to draw.</summary>
    public const long MaxSvgBytes = 5 * 1024 * 1024;

    public bool IsSvg => ContentType == Svg;

    /// <summary>The size as the picture shows: a quarter-turned photo stands its width upright.</summary>
    public (int Width, int Height) Shown => Turn.SwapsSides ? (PixelHeight, PixelWidth) : (PixelWidth, PixelHeight);

    /// <summary>
    /// Reads the file a path value names and checks it is a picture a slide can show, told by its content
    /// (never its extension). Every problem is an error at <paramref name="value"/>; null then.
    /// </summary>
    public static PictureFile? Load(YamlNode value, string key, bool keepMetadata, BindContext context)
    {
        if (context.Text(value, key) is not { } path || context.Files.ReadBytes(path, value.Start, context.Diagnostics) is not { } data)
        {
            return null;
        }

        var diagnostics = context.Diagnostics;
        if (RefusedFormats.Identify(data) is var (name, extension))
        {
            // The content decides, whatever the name says; a name that lies is worth saying, it explains the surprise.
            var named = System.IO.Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
            var lie = named.Length > 0 && !RefusedFormats.NamedAs(named, extension) ? $" (its name ends in .{named}, its content is {name})" : "";
            diagnostics.Error(Codes.RefusedImageFormat, value.Start,
                $"'{path}' is a {name} file{lie}, which slides do not take (PNG, JPEG, GIF and SVG do); {RefusedFormats.HowToConvert(path, name, extension)}");
            return null;
        }

        if (SvgSafety.LooksLikeXml(data))
        {
            return LoadSvg(value, path, data, diagnostics);
        }

        if (ImageHeader.Read(data) is not var (type, width, height))
        {
            diagnostics.Error(Codes.NotAnImage, value.Start, $"'{path}' is not a PNG, JPEG, GIF or SVG file; export it as one of those");
            return null;
        }

        // Each side alone first: two huge sides would overflow the product.
        if (width == 0 || height == 0)
        {
            diagnostics.Error(Codes.BadImageSize, value.Start, $"'{path}' declares a size of {width}x{height} pixels; an image has at least one pixel each way, export it again");
            return null;
        }

        if (width > MaxPixels || height > MaxPixels || width * height > MaxPixels)
        {
            diagnostics.Error(Codes.ReferencedFileTooLarge, value.Start, $"'{path}' is {width}x{height} pixels, over the limit of {MaxPixels:N0}; scale it down");
            return null;
        }

        if (!ImageVerification.IsWhole(type, data))
        {
            diagnostics.Error(Codes.DamagedImage, value.Start, $"'{path}' is damaged: its {FormatName(type)} data is cut short or does not decode; export or download it again");
            return null;
        }

        // A phone stores a portrait photo on its side with an Exif orientation, which slide clients ignore:
        // turn the picture on the slide instead. Phone photos also carry the place they were taken: keep it
        // out of a deck that is shared, unless asked.
        var turn = type == "image/jpeg" ? PictureTurn.FromExif(JpegMetadata.OrientationOf(data)) : default;
        if (type == "image/jpeg" && !keepMetadata)
        {
            data = JpegMetadata.Strip(data);
        }

        return new PictureFile(path, data, type, (int)width, (int)height, turn);
    }

    private static PictureFile? LoadSvg(YamlNode value, string path, byte[] data, DiagnosticBag diagnostics)
    {
        if (data.Length > MaxSvgBytes)
        {
            diagnostics.Error(Codes.SvgTooComplex, value.Start, $"'{path}' is an SVG of {data.Length:N0} bytes, over the limit of {MaxSvgBytes:N0}; simplify it or export it as PNG");
            return null;
        }

        if (SvgSafety.Check(data) is { } problem)
        {
            var code = problem.Kind switch
            {
                SvgProblemKind.OutsideReference => Codes.SvgOutsideReference,
                SvgProblemKind.TooComplex => Codes.SvgTooComplex,
                _ => Codes.BrokenSvg,
            };
            diagnostics.Error(code, value.Start, $"'{path}'{problem.Where} {problem.What}");
            return null;
        }

        if (SvgDrawing.Measure(data) is not var (width, height))
        {
            diagnostics.Error(Codes.BrokenSvg, value.Start, $"'{path}' is an SVG that cannot be drawn or has no size; give its <svg> element a width and height or a viewBox, or export it again");
            return null;
        }

        if (Charts.FontChain.Bundled.FirstMissing(SvgSafety.DrawnText(data)) is { } missing)
        {
            diagnostics.Warning(Codes.SvgTextWithoutGlyph, value.Start,
                $"the text in '{path}' has {KeynoteBuilder.Text.MissingCharacters.Name(missing)}, which the bundled font lacks: PowerPoint draws the SVG with its own fonts, but the PNG kept for clients without SVG and keynote's PDF and PNGs would show an empty box (`theme.fonts` does not reach SVG text); convert the SVG's text to paths or export it as PNG");
        }

        return new PictureFile(path, data, Svg, (int)Math.Max(1, Math.Round(width)), (int)Math.Max(1, Math.Round(height)), default);
    }

    private static string FormatName(string contentType) => contentType switch
    {
        "image/png" => "PNG",
        "image/gif" => "GIF",
        _ => "JPEG",
    };
}
