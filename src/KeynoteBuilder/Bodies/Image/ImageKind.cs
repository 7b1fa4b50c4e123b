using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// <c>image:</c> a PNG, JPEG, GIF or SVG path relative to the deck, fitted into the body area; optional
/// <c>caption:</c>, <c>alt:</c> (alt text, the caption by default) and <c>fit:</c> (contain or cover).
/// </summary>
public sealed class ImageKind : BodyKind<ImageBody>
{
    /// <summary>The keys that describe the slide's picture, refused on a slide without one.</summary>
    public static readonly string[] PictureKeys = ["alt", "fit"];

    private static readonly Dictionary<string, ImageFit> Fits = new(StringComparer.Ordinal)
    {
        ["contain"] = ImageFit.Contain,
        ["cover"] = ImageFit.Cover,
    };

    public override string Key => "image";

    public override IReadOnlyList<string> SlideKeys => DeckKeys.Image.Names;

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        var caption = slide.Get("caption") is { } c ? context.Rich(c, "caption") : null;
        var keepMetadata = KeepMetadata(slide, context);
        var alt = slide.Get("alt") is { } a ? context.Text(a, "alt", allowEmpty: true) : null;
        var fit = slide.Get("fit") is { } f ? BindFit(f, context) : ImageFit.Contain;
        if (PictureFile.Load(value, "image", keepMetadata, context) is not { } picture)
        {
            return null;
        }

        if (slide.Get("alt") is null && slide.Get("caption") is null)
        {
            context.Diagnostics.Warning(Codes.MissingAltText, value.Start,
                $"'{picture.Path}' has no alt text for people who cannot see it; add `alt:` describing it (or `caption:`), or `alt: \"\"` for a purely decorative picture");
        }

        return new ImageBody(value.Start, picture.Path, picture.Data, picture.ContentType, picture.PixelWidth, picture.PixelHeight, caption, picture.Turn, alt, fit);
    }

    /// <summary><c>keep-metadata: true</c> keeps a photo's Exif (camera, place) in the deck; it serves the slide's image and background.</summary>
    public static bool KeepMetadata(YamlMapping slide, BindContext context) =>
        slide.Get("keep-metadata") is { } k && context.Boolean(k, "keep-metadata") == true;

    private static ImageFit BindFit(YamlNode node, BindContext context)
    {
        if (context.Text(node, "fit") is not { } text)
        {
            return ImageFit.Contain;
        }

        if (Fits.TryGetValue(text.Trim(), out var fit))
        {
            return fit;
        }

        var hint = DidYouMean.Closest(text.Trim(), Fits.Keys);
        context.Diagnostics.Error(Codes.BadImageFit, node.Start,
            $"unknown fit '{text}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; use contain (the whole picture shows) or cover (it fills its box, cropped)");
        return ImageFit.Contain;
    }

    protected override void Layout(ImageBody body, Box area, LayoutContext context)
    {
        const double captionSize = 16;
        var captionHeight = body.Caption is null ? 0 : (captionSize * TextGeometry.LineSpacing) + (2 * TextGeometry.InsetY) + 6;
        var room = area.WithHeight(area.Height - captionHeight);
        var box = PictureFitting.ShownBox(body.File, room, body.Fit, context.BodiesAtTop);
        var alt = body.Alt ?? body.Caption?.Plain ?? Path.GetFileNameWithoutExtension(body.Path);
        context.Add(PictureFitting.Shape(context.Name("Picture"), body.File, box, body.Fit, alt));
        if (body.Caption is not null)
        {
            var paragraph = new Paragraph(context.Runs(body.Caption), captionSize, context.Theme.Muted, Align: TextAlign.Center);
            context.Add(new TextShape(context.Name("Caption"), new Box(area.X, box.Bottom + 6, area.Width, captionHeight - 6), TextRole.TextBox, [paragraph]));
        }
    }
}
