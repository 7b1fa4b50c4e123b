using System.Globalization;
using System.Text;
using KeynoteBuilder.Bodies.Chart;
using KeynoteBuilder.Bodies.Image;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Steps;

namespace KeynoteBuilder.Pipeline;

/// <summary>
/// Checks the deck-wide caps on the bound slides, before steps copy them: the text the slides
/// will hold and an estimate of the package (images once each, text once per copy). An error
/// stands at the slide or image that passes a cap, and says the cap and what is big.
/// </summary>
public static class DeckCaps
{
    /// <summary>What the package adds around each piece of text: a run's XML (properties, tags) is about this long.</summary>
    private const int RunOverhead = 100;

    public static void Check(IReadOnlyList<Slide> slides, DeckLimits limits, DiagnosticBag diagnostics)
    {
        long text = 0;
        long images = 0;
        long markup = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slide in slides)
        {
            var copies = StepExpander.CopiesOf(slide);
            var (bytes, runs) = TextOf(slide);
            text += bytes * copies;
            markup += runs * RunOverhead * copies;
            if (text > limits.MaxTextBytes)
            {
                diagnostics.Error(Codes.TooMuchText, slide.Position, copies == 1
                    ? $"this slide's text ({Size(bytes)}) takes the deck past {Size(limits.MaxTextBytes)} of text; no talk needs that much, shorten it or split the deck"
                    : $"this slide's text ({Size(bytes)}, repeated on each of its {copies:N0} steps) takes the deck past {Size(limits.MaxTextBytes)} of text after steps expand; shorten it or use fewer steps");
                return;
            }

            // A columns slide may hold an image in each column.
            ImageBody? image = null;
            foreach (var picture in slide.Body?.Parts.OfType<ImageBody>() ?? [])
            {
                image = picture;
                if (seen.Add(picture.Path))
                {
                    images += picture.Data.Length;
                }
            }

            if (slide.Background is { } background && seen.Add(background.Path))
            {
                images += background.Data.Length;
            }

            var estimate = text + images + markup;
            if (estimate > limits.MaxPackageBytes)
            {
                var at = image is not null ? image.Position : slide.Position;
                diagnostics.Error(Codes.PackageTooLarge, at,
                    $"the package passes its cap of {Size(limits.MaxPackageBytes)} here: {seen.Count:N0} images of {Size(images)} and {Size(text)} of text so far; use smaller images (a photo at screen size is about 1 MB) or split the deck");
                return;
            }
        }
    }

    /// <summary>The UTF-8 bytes of a slide's text and notes, and how many runs carry them.</summary>
    private static (long Bytes, long Runs) TextOf(Slide slide)
    {
        long bytes = 0;
        long runs = 0;
        IEnumerable<RichText?> rich = [slide.Title, .. slide.Subtitle, .. slide.Body?.Texts ?? [], slide.Source, slide.Footnote];
        foreach (var text in rich)
        {
            foreach (var run in text?.Runs ?? [])
            {
                bytes += Encoding.UTF8.GetByteCount(run.Text);
                runs++;
            }
        }

        // A chart's labels go into its alt text and, by default, its data into the notes.
        foreach (var chart in slide.Body?.Parts.OfType<ChartBody>() ?? [])
        {
            var labels = chart.Categories.Sum(c => (long)Encoding.UTF8.GetByteCount(c)) + chart.Series.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Name));
            bytes += 2 * labels;
            runs += chart.Categories.Count * (long)chart.Series.Count;
        }

        return (bytes + (slide.Notes is null ? 0 : Encoding.UTF8.GetByteCount(slide.Notes)), runs);
    }

    /// <summary>The slide with the most picture bytes (images and drawn charts), where a package that grew past its cap is reported.</summary>
    public static (SourcePosition At, long Bytes) BiggestPictures(LaidOutDeck deck, IReadOnlyList<Slide> slides)
    {
        var sizes = deck.Slides.Select(s => s.Shapes.OfType<PictureShape>().Sum(p => (long)p.Data.Length + (p.Svg?.Length ?? 0))).ToList();
        var biggest = sizes.IndexOf(sizes.Max());
        return (slides[biggest].Position, sizes[biggest]);
    }

    /// <summary>A byte count as people read it: "16 MiB", "1.5 MiB", "320 KiB".</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(bytes / 1024.0)):N0} KiB");
}
