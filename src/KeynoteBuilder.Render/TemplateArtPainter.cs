using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Templates;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// Draws what a speaker's template puts on every slide of a layout, under the slide's own shapes: the
/// layout's background (else the master's), the master's pictures and shapes (unless the layout hides
/// them), then the layout's. What the template has and this cannot draw is a warning naming it.
/// </summary>
internal sealed class TemplateArtPainter(RenderWarnings warnings, DecodedPictures pictures)
{
    private const double EmuPerPoint = 12700;

    /// <summary>Draws the template's background and art for <paramref name="slide"/>, the first thing on its page.</summary>
    public void Paint(SKCanvas canvas, DeckTemplate template, LaidOutSlide slide, int number, double width, double height)
    {
        var layout = template.LayoutOf(slide);
        var master = template.Master;
        var slideBox = new Box(0, 0, width, height);
        using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(SlidePainter.Rect(slideBox), white);
        }

        if ((layout.Art.Background ?? master.Art.Background) is { } background)
        {
            Fill(canvas, background, SlidePainter.Rect(slideBox), path: null, slide, number, "the template's background");
        }

        var layers = layout.Art.HidesMasterShapes
            ? [(layout.Art, $"layout '{layout.Name}'")]
            : new[] { (master.Art, $"master '{master.Name}'"), (layout.Art, $"layout '{layout.Name}'") };
        foreach (var (art, where) in layers)
        {
            foreach (var item in art.Items)
            {
                Item(canvas, item, slide, number, where);
            }

            foreach (var what in art.Undrawn)
            {
                warnings.CannotDraw(slide, number, Codes.UndrawableTemplateArt, $"{what} on the template's {where}");
            }
        }
    }

    private void Item(SKCanvas canvas, ArtItem item, LaidOutSlide slide, int number, string where)
    {
        var box = item.Box;
        canvas.Save();
        canvas.Translate((float)(box.X + (box.Width / 2)), (float)(box.Y + (box.Height / 2)));
        canvas.RotateDegrees((float)item.Rotation);
        canvas.Scale(item.FlipHorizontal ? -1 : 1, item.FlipVertical ? -1 : 1);
        canvas.Translate((float)(-box.Width / 2), (float)(-box.Height / 2));
        var frame = new SKRect(0, 0, (float)box.Width, (float)box.Height);
        switch (item)
        {
            case ArtPicture picture:
                Picture(canvas, picture.Data, frame, slide, number, $"the picture '{picture.Name}' on the template's {where}");
                break;
            case ArtShape shape when Geometry(shape, frame) is { } path:
                using (path)
                {
                    if (shape.Fill is { } fill)
                    {
                        Fill(canvas, fill, frame, path, slide, number, $"the shape '{shape.Name}' on the template's {where}");
                    }

                    if (shape.Line is { } line && shape.LineWidth > 0)
                    {
                        using var stroke = new SKPaint { Color = Colors.Of(line), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)shape.LineWidth };
                        canvas.DrawPath(path, stroke);
                    }
                }

                break;
            case ArtShape shape:
                warnings.CannotDraw(slide, number, Codes.UndrawableTemplateArt, $"the shape '{shape.Name}' (preset '{shape.Preset}') on the template's {where}");
                break;
        }

        canvas.Restore();
    }

    /// <summary>The shape's outline in its frame: custom paths, or the presets slide templates use most.</summary>
    private static SKPath? Geometry(ArtShape shape, SKRect frame)
    {
        using var path = new SKPathBuilder();
        switch (shape.Preset)
        {
            case "custom":
                foreach (var custom in shape.Paths)
                {
                    // Path units scale to the frame; a path without its own size is in EMU.
                    var sx = custom.Width > 0 ? frame.Width / custom.Width : 1 / EmuPerPoint;
                    var sy = custom.Height > 0 ? frame.Height / custom.Height : 1 / EmuPerPoint;
                    foreach (var step in custom.Steps)
                    {
                        var p = step.Points;
                        SKPoint At(int i) => new((float)(p[2 * i] * sx), (float)(p[(2 * i) + 1] * sy));
                        switch (step.Kind)
                        {
                            case 'M' when p.Length >= 2: path.MoveTo(At(0)); break;
                            case 'L' when p.Length >= 2: path.LineTo(At(0)); break;
                            case 'C' when p.Length >= 6: path.CubicTo(At(0), At(1), At(2)); break;
                            case 'Q' when p.Length >= 4: path.QuadTo(At(0), At(1)); break;
                            case 'Z': path.Close(); break;
                        }
                    }
                }

                break;
            case "rect" or "snip1Rect" or "flowChartProcess":
                path.AddRect(frame);
                break;
            case "ellipse" or "flowChartConnector":
                path.AddOval(frame);
                break;
            case "roundRect":
                var radius = Math.Min(frame.Width, frame.Height) * (float)(shape.Adjust ?? 0.16667);
                path.AddRoundRect(new SKRoundRect(frame, radius, radius));
                break;
            case "line" or "straightConnector1":
                path.MoveTo(0, 0);
                path.LineTo(frame.Width, frame.Height);
                break;
            case "triangle":
                path.MoveTo(frame.MidX, 0);
                path.LineTo(frame.Right, frame.Bottom);
                path.LineTo(0, frame.Bottom);
                path.Close();
                break;
            case "rtTriangle":
                path.MoveTo(0, 0);
                path.LineTo(frame.Right, frame.Bottom);
                path.LineTo(0, frame.Bottom);
                path.Close();
                break;
            default:
                return null;
        }

        return path.Detach();
    }

    private void Fill(SKCanvas canvas, ArtFill fill, SKRect frame, SKPath? path, LaidOutSlide slide, int number, string what)
    {
        if (fill.Picture is { } picture)
        {
            canvas.Save();
            if (path is not null)
            {
                canvas.ClipPath(path, antialias: true);
            }

            Picture(canvas, picture, frame, slide, number, what);
            canvas.Restore();
            return;
        }

        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        if (fill.Stops.Count == 1)
        {
            paint.Color = Colors.Of(fill.Stops[0].Color).WithAlpha((byte)Math.Round(255 * Math.Clamp(fill.Opacity * fill.Stops[0].Opacity, 0, 1)));
        }
        else
        {
            // DrawingML's linear gradient runs at its angle, clockwise from left to right, across the whole frame.
            var radians = fill.Angle * Math.PI / 180;
            var (dx, dy) = ((float)Math.Cos(radians) * frame.Width / 2, (float)Math.Sin(radians) * frame.Height / 2);
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(frame.MidX - dx, frame.MidY - dy),
                new SKPoint(frame.MidX + dx, frame.MidY + dy),
                [.. fill.Stops.Select(s => Colors.Of(s.Color).WithAlpha((byte)Math.Round(255 * Math.Clamp(fill.Opacity * s.Opacity, 0, 1))))],
                [.. fill.Stops.Select(s => (float)s.Position)],
                SKShaderTileMode.Clamp);
        }

        if (path is null)
        {
            canvas.DrawRect(frame, paint);
        }
        else
        {
            canvas.DrawPath(path, paint);
        }
    }

    private void Picture(SKCanvas canvas, byte[] data, SKRect frame, LaidOutSlide slide, int number, string what)
    {
        var image = pictures.Of(data);
        if (image is null)
        {
            // EMF and WMF pictures, common in older templates, do not decode here.
            warnings.CannotDraw(slide, number, Codes.UndrawableTemplateArt, $"{what} (a picture format the renderer does not read)");
            return;
        }

        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, frame, new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
    }
}
