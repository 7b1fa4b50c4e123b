using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pipeline;

/// <summary>
/// The chart pass: draws every <see cref="ChartShape"/> into a <see cref="PictureShape"/>.
/// Charts are rendered once per distinct content (a cache keyed by a hash of data, size and theme,
/// kept across builds in watch mode), and distinct charts are rendered in parallel.
/// </summary>
public sealed class ChartPass(IChartRenderer renderer)
{
    private readonly ConcurrentDictionary<string, ChartImage> _cache = new(StringComparer.Ordinal);

    public int CacheSize => _cache.Count;

    public LaidOutDeck Draw(LaidOutDeck deck)
    {
        var charts = deck.Slides.SelectMany(s => s.Shapes.OfType<ChartShape>()).ToList();
        if (charts.Count == 0)
        {
            return deck;
        }

        var pending = charts.Select(c => (Key: Key(c), Chart: c)).DistinctBy(c => c.Key).Where(c => !_cache.ContainsKey(c.Key)).ToList();
        Parallel.ForEach(pending, item => _cache[item.Key] = renderer.Render(item.Chart.Spec, item.Chart.Box.Width, item.Chart.Box.Height));

        var slides = deck.Slides.Select(slide =>
        {
            if (!slide.Shapes.OfType<ChartShape>().Any())
            {
                return slide;
            }

            var notes = new StringBuilder(slide.Notes);
            var shapes = slide.Shapes.Select(shape =>
            {
                if (shape is not ChartShape chart)
                {
                    return shape;
                }

                var image = _cache[Key(chart)];
                if (deck.Deck.ChartDataInNotes)
                {
                    notes.Append(notes.Length > 0 ? "\n\n" : "").Append("Chart data: ").Append(image.AltText);
                }

                return new PictureShape(chart.Name, chart.Box, image.Png, "image/png", image.Svg, image.AltText);
            }).ToList();
            return slide with { Shapes = shapes, Notes = notes.ToString() };
        }).ToList();
        return deck with { Slides = slides };
    }

    /// <summary>A hash of everything that changes a chart's pixels.</summary>
    private static string Key(ChartShape chart)
    {
        var spec = chart.Spec;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{spec.Kind}|{spec.Title}|{spec.Labels}|{spec.Unit}|{spec.Style}|{chart.Box.Width:R}|{chart.Box.Height:R}");
        foreach (var category in spec.Categories)
        {
            text.Append("|c:").Append(category);
        }

        foreach (var series in spec.Series)
        {
            text.Append("|s:").Append(series.Name);
            foreach (var value in series.Values)
            {
                text.Append(CultureInfo.InvariantCulture, $",{value:R}");
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
