using KeynoteBuilder.Charts;
using KeynoteBuilder.Charts.Svg;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Text;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// Draws one laid-out slide, in points, onto any canvas: a PDF page (vectors and real text) or a raster
/// surface (PNG). It draws what the .pptx shows, from the same shapes the .pptx writer gets.
/// Not safe to share between threads (its fonts are not).
/// </summary>
public sealed class SlidePainter : IDisposable
{
    private readonly LaidOutDeck _deck;
    private readonly RenderWarnings _warnings;
    private readonly DrawFonts _fonts = new();
    private readonly TextPainter _text;
    private readonly SkiaChartRenderer _charts = new();
    private readonly LineShaper _shaper;
    private readonly DecodedPictures _pictures = new();

    public SlidePainter(LaidOutDeck deck, RenderWarnings warnings)
    {
        (_deck, _warnings) = (deck, warnings);
        var fonts = deck.Deck.Theme.Fonts;
        _shaper = new LineShaper(fonts.Count == 0 ? FontChain.Bundled : new FontChain(fonts));
        _text = new TextPainter(_fonts, deck.Fitter ?? new TextFitter(new FontRunMeasurer(new TextMeasurer())), deck.Deck.Theme, _shaper);
    }

    public double Width => _deck.Deck.Size.Width;

    public double Height => _deck.Deck.Size.Height;

    /// <summary>Draws slide <paramref name="number"/> (1-based); <paramref name="links"/> adds clickable link areas (PDF).</summary>
    public void Paint(SKCanvas canvas, LaidOutSlide slide, int number, bool links)
    {
        var theme = _deck.Deck.Theme;
        _text.Theme = slide.Theme ?? theme;
        _text.MissingGlyph = (_, text) =>
        {
            // Once per text, not once per step copy of its slide; every script's first missing character.
            if (MissingCharacters.Message(_shaper.Chain, text, "so the PDF and PNGs would draw an empty box") is { } message)
            {
                _warnings.WarnOncePerText(slide, number, Codes.MissingGlyphInPicture, message);
            }
        };
        if (_deck.Deck.Template is { } template)
        {
            new TemplateArtPainter(_warnings, _pictures).Paint(canvas, template, slide, number, Width, Height);
        }
        else
        {
            using var background = Colors.Fill(theme.Background);
            canvas.DrawRect(0, 0, (float)Width, (float)Height, background);
        }

        foreach (var shape in slide.Shapes)
        {
            switch (shape)
            {
                case TextShape text:
                    _text.Draw(canvas, text.Box, text.Paragraphs, text.Anchor, _text.Theme.Background, links);
                    break;
                case TableShape table:
                    new TablePainter(_text, theme).Draw(canvas, table, links);
                    break;
                case PictureShape picture:
                    Picture(canvas, picture, slide, number);
                    break;
                case RuleShape rule:
                    using (var fill = Colors.Fill(rule.Color))
                    {
                        canvas.DrawRect(Rect(rule.Box), fill);
                    }

                    break;
                case ScrimShape scrim:
                    using (var fill = Colors.Fill(scrim.Color))
                    {
                        fill.Color = fill.Color.WithAlpha((byte)Math.Round(Math.Clamp(scrim.Opacity, 0, 1) * 255));
                        canvas.DrawRect(Rect(scrim.Box), fill);
                    }

                    break;
                case ChartShape chart:
                    Chart(canvas, chart.Box, chart.Spec);
                    break;
                default:
                    _warnings.CannotDraw(slide, number, Codes.UndrawableShape, $"the renderer cannot draw a {shape.GetType().Name} ('{shape.Name}')");
                    break;
            }
        }
    }

    /// <summary>Draws the notes text in <paramref name="box"/> (a PDF handout page's lower part).</summary>
    public void PaintNotes(SKCanvas canvas, string notes, Box box) =>
        _text.Draw(canvas, box, NotesParagraphs(notes), VerticalAnchor.Top, _deck.Deck.Theme.Background, links: false);

    /// <summary>The height <see cref="PaintNotes"/> needs at <paramref name="width"/>.</summary>
    public double NotesHeight(string notes, double width) =>
        _text.Height(NotesParagraphs(notes), width - (2 * TextGeometry.InsetX)) + (2 * TextGeometry.InsetY);

    private List<Paragraph> NotesParagraphs(string notes) =>
        [.. notes.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select((line, i) => new Paragraph([new Model.TextRun(line)], NotesSize, _deck.Deck.Theme.Text, SpaceBefore: i == 0 ? 0 : NotesSize / 2))];

    private const double NotesSize = 12;

    private void Picture(SKCanvas canvas, PictureShape picture, LaidOutSlide slide, int number)
    {
        if (picture.Chart is { } spec)
        {
            // The chart pass drew this chart: draw it again here, as vectors and real text on a PDF page.
            Chart(canvas, picture.Box, spec);
            return;
        }

        var box = picture.Box;
        canvas.Save();
        canvas.Translate((float)(box.X + (box.Width / 2)), (float)(box.Y + (box.Height / 2)));
        canvas.RotateDegrees(picture.Turn.Degrees);
        canvas.Scale(picture.Turn.FlipHorizontal ? -1 : 1, picture.Turn.FlipVertical ? -1 : 1);
        var frame = new SKRect((float)(-box.Width / 2), (float)(-box.Height / 2), (float)(box.Width / 2), (float)(box.Height / 2));
        // The crop (fit: cover, a background) is the part of the stored picture that fills the frame, as a:srcRect.
        var crop = picture.Crop;
        var visible = new SKRect((float)crop.Left, (float)crop.Top, (float)(1 - crop.Right), (float)(1 - crop.Bottom));

        // An SVG is drawn from itself, as vectors (what PowerPoint shows); its PNG is for clients without SVG.
        if (picture.Svg is not { } svg || !SvgDrawing.DrawInto(canvas, svg, visible, frame))
        {
            DrawBitmap(canvas, picture, visible, frame, slide, number);
        }

        canvas.Restore();
    }

    private void DrawBitmap(SKCanvas canvas, PictureShape picture, SKRect visible, SKRect frame, LaidOutSlide slide, int number)
    {
        var image = _pictures.Of(picture.Data);
        if (image is null)
        {
            _warnings.CannotDraw(slide, number, Codes.UndrawablePicture, $"the picture '{picture.Name}' ({picture.ContentType}) does not decode");
            return;
        }

        var source = SKRect.Create(visible.Left * image.Width, visible.Top * image.Height, visible.Width * image.Width, visible.Height * image.Height);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, source, frame, PictureSampling.For(canvas, source, frame), paint);
    }

    private void Chart(SKCanvas canvas, Box box, ChartSpec spec)
    {
        canvas.Save();
        canvas.Translate((float)box.X, (float)box.Y);
        canvas.ClipRect(new SKRect(0, 0, (float)box.Width, (float)box.Height));
        _charts.DrawOnto(canvas, spec, box.Width, box.Height);
        canvas.Restore();
    }

    internal static SKRect Rect(Box box) => new((float)box.X, (float)box.Y, (float)box.Right, (float)box.Bottom);

    public void Dispose()
    {
        _fonts.Dispose();
        _shaper.Dispose();
        _pictures.Dispose();
    }
}
