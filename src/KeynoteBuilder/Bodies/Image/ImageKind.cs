using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Image;

/// <summary><c>image:</c> a PNG or JPEG path relative to the deck, fitted into the body area; optional <c>caption:</c>.</summary>
public sealed class ImageKind : BodyKind<ImageBody>
{
    /// <summary>Larger images make slow, huge decks; 50 megapixels is far past any projector.</summary>
    public const long MaxPixels = 50_000_000;

    public override string Key => "image";

    public override IReadOnlyList<string> SlideKeys => DeckKeys.Image.Names;

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        var caption = slide.Get("caption") is { } c ? context.Rich(c, "caption") : null;
        var keepMetadata = slide.Get("keep-metadata") is { } k && context.Boolean(k, "keep-metadata") == true;
        if (context.Text(value, "image") is not { } path || context.Files.ReadBytes(path, value.Start, context.Diagnostics) is not { } data)
        {
            return null;
        }

        if (ImageHeader.Read(data) is not var (type, width, height))
        {
            context.Diagnostics.Error(Codes.NotAnImage, value.Start, $"'{path}' is not a PNG or JPEG file; export it as PNG or JPEG");
            return null;
        }

        // Each side alone first: two huge sides would overflow the product.
        if (width == 0 || height == 0)
        {
            context.Diagnostics.Error(Codes.BadImageSize, value.Start, $"'{path}' declares a size of {width}x{height} pixels; an image has at least one pixel each way, export it again");
            return null;
        }

        if (width > MaxPixels || height > MaxPixels || width * height > MaxPixels)
        {
            context.Diagnostics.Error(Codes.ReferencedFileTooLarge, value.Start, $"'{path}' is {width}x{height} pixels, over the limit of {MaxPixels:N0}; scale it down");
            return null;
        }

        if (!ImageVerification.IsWhole(type, data))
        {
            context.Diagnostics.Error(Codes.DamagedImage, value.Start, $"'{path}' is damaged: its {(type == "image/png" ? "PNG" : "JPEG")} data is cut short or does not decode; export or download it again");
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

        return new ImageBody(value.Start, path, data, type, (int)width, (int)height, caption, turn);
    }

    protected override void Layout(ImageBody body, Box area, LayoutContext context)
    {
        const double captionSize = 16;
        var captionHeight = body.Caption is null ? 0 : (captionSize * TextGeometry.LineSpacing) + (2 * TextGeometry.InsetY) + 6;
        var room = area.WithHeight(area.Height - captionHeight);

        // Fit the picture as it shows (a quarter-turned photo stands its width upright), but never blow a
        // small image up past twice its 96 dpi size: it would look blurred.
        var (shownWidth, shownHeight) = body.Turn.SwapsSides ? (body.PixelHeight, body.PixelWidth) : (body.PixelWidth, body.PixelHeight);
        var scale = Math.Min(Math.Min(room.Width / shownWidth, room.Height / shownHeight), 1.5);
        var (w, h) = (shownWidth * scale, shownHeight * scale);
        var box = new Box(room.X + ((room.Width - w) / 2), room.Y + ((room.Height - h) / 2), w, h);

        // DrawingML turns a picture about its centre: its frame is the unturned picture around the same centre.
        var frame = body.Turn.SwapsSides ? new Box(box.X + ((w - h) / 2), box.Y + ((h - w) / 2), h, w) : box;
        var alt = body.Caption?.Plain ?? Path.GetFileNameWithoutExtension(body.Path);
        context.Add(new PictureShape(context.Name("Picture"), frame, body.Data, body.ContentType, null, alt) { Turn = body.Turn });
        if (body.Caption is not null)
        {
            var paragraph = new Paragraph(context.Runs(body.Caption), captionSize, context.Theme.Muted, Align: TextAlign.Center);
            context.Add(new TextShape(context.Name("Caption"), new Box(area.X, box.Bottom + 6, area.Width, captionHeight - 6), TextRole.TextBox, [paragraph]));
        }
    }
}
