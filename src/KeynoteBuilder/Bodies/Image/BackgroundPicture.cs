using KeynoteBuilder.Binding;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// <c>background: assets/photo.jpg</c> on any slide: the picture fills the whole slide behind everything
/// (cropped to the slide, never stretched). So that the slide's text still reads on it, the text takes the
/// theme's text or background colour, whichever stands out more from the picture's average, and a
/// see-through scrim of the other colour lies over the picture, as opaque as makes the text readable
/// (<see cref="TextContrast"/>) on the picture's thousandth that is closest to the text's colour, measured over
/// the part of the picture that shows, about as large as a projector shows it (<see cref="PictureTone"/>). Never less than <see cref="MinScrim"/>:
/// detail finer than the sampled picture is still there behind the text. The slide's theme then takes that
/// worst spot under the scrim as its background colour, so every colour derived from it (muted text,
/// links, emphasis) is chosen to read there.
/// </summary>
public static class BackgroundPicture
{
    /// <summary>The scrim never hides more of the picture than this: past it the picture would not show.</summary>
    public const double MaxScrim = 0.85;

    public const double MinScrim = 0.35;

    /// <summary>
    /// WCAG's enhanced 7:1, not the 4.5:1 of text on a plain colour: letters crossing a picture's edges and
    /// texture read worse than on a flat background (4.5:1 was checked over a circuit board and was not enough).
    /// </summary>
    public const double TextContrast = 7;

    /// <summary>Binds the slide's <c>background</c>, and reports picture keys on a slide with no picture for them.</summary>
    public static PictureFile? Bind(YamlMapping slide, BindContext context)
    {
        var background = slide.Get("background") is { } node ? PictureFile.Load(node, "background", ImageKind.KeepMetadata(slide, context), context) : null;
        if (slide.Get("image") is not null)
        {
            return background;
        }

        foreach (var (key, _) in slide.Entries)
        {
            if (ImageKind.PictureKeys.Contains(key.Value) || (key.Value == "keep-metadata" && slide.Get("background") is null))
            {
                context.Diagnostics.Error(Codes.ImageKeyWithoutImage, key.Start,
                    $"`{key.Value}` describes the slide's `image`, and this slide has none; remove it, or add the `image:`");
            }
        }

        return background;
    }

    /// <summary>
    /// The slide's theme on its background (text and background colours swapped when the picture is dark
    /// behind dark text, or light behind light), after placing the picture and its scrim as the slide's
    /// first shapes. The theme's background is the picture's hardest spot under the scrim, so its emphasis
    /// and links are colours that read there: the deck's when they do, else moved toward the text colour
    /// (emphasis) or the text colour itself (links, which clients draw in one of the deck's scheme colours).
    /// </summary>
    public static Theme Place(PictureFile picture, LayoutContext context)
    {
        var theme = context.Theme;
        var slide = new Box(0, 0, context.Deck.Size.Width, context.Deck.Size.Height);
        var shape = PictureFitting.Shape(context.Name("Background"), picture, slide, ImageFit.Cover, "");
        context.Add(shape);
        var crop = shape.Crop;
        if (PictureTone.Of(shape.Data, theme.Background, crop.Left, crop.Top, crop.Right, crop.Bottom) is not { } tone)
        {
            return theme;
        }

        var swapped = theme with { Text = theme.Background, Background = theme.Text };
        var onPicture = Contrast.Ratio(theme.Text, tone.Average) >= Contrast.Ratio(swapped.Text, tone.Average) ? theme : swapped;

        // The part of the picture nearest the text's lightness is where the text is hardest to read.
        var hardest = Contrast.Luminance(onPicture.Text) < 0.5 ? tone.Dark : tone.Light;
        var opacity = ScrimOpacity(onPicture.Text, onPicture.Background, hardest);
        context.Add(new ScrimShape(context.Name("Scrim"), slide, onPicture.Background, opacity));
        var behind = Contrast.Mix(hardest, onPicture.Background, opacity);
        bool Reads(string color) => Contrast.Ratio(color, behind) >= Contrast.Minimum;

        // A template's slides keep its own hyperlink colour: the slide cannot name another without its master's colour map.
        var link = Reads(theme.Link) || context.Deck.Template is not null ? theme.Link : onPicture.Text;
        return onPicture with
        {
            Background = behind,
            Emphasis = Reads(theme.Emphasis) ? theme.Emphasis : Contrast.Nearest(theme.Emphasis, onPicture.Text, Reads),
            FixedLink = link,
        };
    }

    /// <summary>The least opacity, in steps of 5%, of a <paramref name="scrim"/> over <paramref name="under"/> on which <paramref name="text"/> reads.</summary>
    private static double ScrimOpacity(string text, string scrim, string under)
    {
        for (var percent = (int)(MinScrim * 100); percent < MaxScrim * 100; percent += 5)
        {
            if (Contrast.Ratio(text, Contrast.Mix(under, scrim, percent / 100.0)) >= TextContrast)
            {
                return percent / 100.0;
            }
        }

        return MaxScrim;
    }
}
