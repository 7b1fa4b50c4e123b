using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Code;

/// <summary>
/// Lays a listing out on a tinted panel: one paragraph per line at an exact line pitch, so the bands
/// behind highlighted lines sit where the client draws them. The size is the largest (in half
/// points) at which every line fits the width and all lines the height; below the smallest, a line
/// too long wraps (never cut) and is reported.
/// </summary>
public static class CodeLayout
{
    public const double MaxSize = 24;

    /// <summary>Monospaced text smaller than this is hard to read from the back of a room.</summary>
    public const double MinSize = 12;

    /// <summary>Room between the panel's edge and the text box.</summary>
    private const double Padding = 6;

    /// <summary>Width of the accent bar at the left of a highlighted band.</summary>
    private const double BarWidth = 4;

    public static void Place(CodeBody body, Box area, LayoutContext context)
    {
        var theme = context.Theme;
        var (runs, measured, textWidth, textHeight) = Measure(body, area, context);
        var size = context.CodeSize ?? Largest(body, measured, textWidth, textHeight);

        var wrapped = measured.Select(m => m.Lines(textWidth, size)).ToList();
        Report(body, measured, wrapped, size, textWidth, textHeight, context);

        var boxHeight = (wrapped.Sum() * Pitch(size)) + (2 * TextGeometry.InsetY);
        var text = new Box(area.X + Padding, area.Y + Padding, area.Width - (2 * Padding), boxHeight);
        context.Add(new RuleShape(context.Name("Code Panel"), area with { Height = boxHeight + (2 * Padding) }, theme.TableBand));
        AddBands(body, wrapped, size, area, text.Y + TextGeometry.InsetY, context);
        var paragraphs = runs.Select(r => new Paragraph(r, size, theme.Text, ExactLineSpacing: Pitch(size))).ToList();
        context.Add(new TextShape(context.Name("Code"), text, TextRole.Body, paragraphs));
    }

    /// <summary>The size <see cref="Place"/> gives <paramref name="body"/> alone in <paramref name="area"/>: the largest at which it fits, at least <see cref="MinSize"/>.</summary>
    public static double FittedSize(CodeBody body, Box area, LayoutContext context)
    {
        var (_, measured, textWidth, textHeight) = Measure(body, area, context);
        return Largest(body, measured, textWidth, textHeight);
    }

    /// <summary>The listing's lines as runs (coloured for the slide's background), measured, and the room for them in <paramref name="area"/>.</summary>
    private static (List<IReadOnlyList<TextRun>> Runs, List<MeasuredText> Measured, double Width, double Height) Measure(CodeBody body, Box area, LayoutContext context)
    {
        var dark = Contrast.Ratio(context.Theme.Background, "FFFFFF") > Contrast.Ratio(context.Theme.Background, "000000");
        var colored = body.Colored(dark);
        var runs = body.Lines.Select((line, i) => context.Runs(new RichText(colored[i], line.Text.Position))).ToList();
        var measured = runs.Select(r => context.Fitter.Measure(r)).ToList();
        return (runs, measured, area.Width - (2 * Padding) - (2 * TextGeometry.InsetX), area.Height - (2 * Padding) - (2 * TextGeometry.InsetY));
    }

    private static double Largest(CodeBody body, List<MeasuredText> measured, double textWidth, double textHeight)
    {
        var widest = measured.Max(m => m.Natural);
        var size = MaxSize;
        while (size > MinSize && (widest * size > textWidth || body.Lines.Count * Pitch(size) > textHeight))
        {
            size -= 0.5;
        }

        return size;
    }

    /// <summary>Distance between lines: the single spacing the layout assumes everywhere, pinned.</summary>
    private static double Pitch(double size) => size * TextGeometry.LineSpacing;

    private static void Report(CodeBody body, List<MeasuredText> measured, List<int> wrapped, double size, double width, double height, LayoutContext context)
    {
        for (var i = 0; i < body.Lines.Count; i++)
        {
            if (measured[i].Natural * size > width)
            {
                var line = body.Lines[i];
                var fits = (int)(width / (measured[i].Natural * size / Math.Max(1, line.Text.Plain.Length)));
                context.Diagnostics.Warning(Codes.CodeLineTooLong, line.Text.Position,
                    $"code line {line.Number} is {line.Text.Plain.Length} characters, and about {fits} fit the slide at the smallest code size ({MinSize:0} pt), so it wraps onto the next line; shorten it or break it");
            }
        }

        if (wrapped.Sum() * Pitch(size) > height)
        {
            context.ReportOverflow(body.Position, "the code");
        }
    }

    /// <summary>A tinted band, with an accent bar at its left, behind each run of highlighted lines.</summary>
    private static void AddBands(CodeBody body, List<int> wrapped, double size, Box area, double top, LayoutContext context)
    {
        var theme = context.Theme;
        var band = Contrast.Furthest(theme.Background, theme.Accent, 0.2, c => Contrast.Ratio(theme.Text, c) >= Contrast.Minimum);
        var y = top;
        for (var i = 0; i < body.Lines.Count;)
        {
            if (!body.Lines[i].Highlighted)
            {
                y += wrapped[i++] * Pitch(size);
                continue;
            }

            var start = y;
            for (; i < body.Lines.Count && body.Lines[i].Highlighted; i++)
            {
                y += wrapped[i] * Pitch(size);
            }

            var box = new Box(area.X, start, area.Width, y - start);
            context.Add(new RuleShape(context.Name("Code Highlight"), box, band));
            context.Add(new RuleShape(context.Name("Code Highlight Bar"), box with { Width = BarWidth }, theme.Accent));
        }
    }
}
