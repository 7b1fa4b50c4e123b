using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pipeline;

/// <summary>
/// The chart pass: draws every <see cref="ChartShape"/> into a <see cref="PictureShape"/>.
/// Charts are rendered once per distinct content (a cache keyed by the chart's data, size and theme,
/// kept across builds in watch mode), and distinct charts are rendered in parallel. After each
/// draw the cache holds exactly the charts that draw used, so a long watch session keeps only
/// the current deck's charts.
/// </summary>
public sealed class ChartPass(IChartRenderer renderer)
{
    private readonly ConcurrentDictionary<string, ChartImage> _cache = new(StringComparer.Ordinal);

    public int CacheSize => _cache.Count;

    /// <summary>How many distinct charts the last <see cref="Draw"/> took from the cache and how many it rendered.</summary>
    public ChartDrawStats LastDraw { get; private set; }

    public LaidOutDeck Draw(LaidOutDeck deck)
    {
        // Each chart shape's key, worked out once: the same chart on many slides shares one key.
        var keys = new Dictionary<ChartShape, string>(ReferenceEqualityComparer.Instance);
        foreach (var chart in deck.Slides.SelectMany(s => s.Shapes.OfType<ChartShape>()))
        {
            keys.TryAdd(chart, Key(chart));
        }

        var charts = keys.Select(k => (Key: k.Value, Chart: k.Key)).DistinctBy(c => c.Key).ToList();

        // This draw's own images: the substitution below never depends on what stays in the shared cache.
        var images = new Dictionary<string, ChartImage>(StringComparer.Ordinal);
        var pending = new List<(string Key, ChartShape Chart)>();
        foreach (var (key, chart) in charts)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                images[key] = cached;
            }
            else
            {
                pending.Add((key, chart));
            }
        }

        var rendered = new ChartImage[pending.Count];
        Parallel.For(0, pending.Count, i => rendered[i] = renderer.Render(pending[i].Chart.Spec, pending[i].Chart.Box.Width, pending[i].Chart.Box.Height));
        for (var i = 0; i < pending.Count; i++)
        {
            images[pending[i].Key] = rendered[i];
            _cache[pending[i].Key] = rendered[i];
        }

        // Evict what this deck no longer uses; an edited chart's old image would otherwise stay forever.
        foreach (var key in _cache.Keys)
        {
            if (!images.ContainsKey(key))
            {
                _cache.TryRemove(key, out _);
            }
        }

        LastDraw = new ChartDrawStats(Reused: charts.Count - pending.Count, Rendered: pending.Count);
        return charts.Count == 0 ? deck : Substitute(deck, chart => images[keys[chart]]);
    }

    private static LaidOutDeck Substitute(LaidOutDeck deck, Func<ChartShape, ChartImage> imageOf)
    {
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

                var image = imageOf(chart);
                if (deck.Deck.ChartDataInNotes)
                {
                    notes.Append(notes.Length > 0 ? "\n\n" : "").Append("Chart data: ").Append(image.AltText);
                }

                return new PictureShape(chart.Name, chart.Box, image.Png, "image/png", image.Svg, image.AltText) { Column = chart.Column, Chart = chart.Spec };
            }).ToList();
            return slide with { Shapes = shapes, Notes = notes.ToString() };
        }).ToList();
        return deck with { Slides = slides };
    }

    /// <summary>
    /// Everything that changes a chart's pixels, spelled out: the cache's dictionary hashes it and
    /// compares it whole, so two charts share an image only when they are the same chart. Every text
    /// is prefixed with its length, so no label can pose as a separator. (No cryptographic hash:
    /// the key never leaves the process, and loading the crypto library cost a few ms per build.)
    /// </summary>
    private static string Key(ChartShape chart)
    {
        var spec = chart.Spec;
        var key = new StringBuilder();
        key.Append(CultureInfo.InvariantCulture, $"{spec.Kind}|{spec.Labels}|{spec.FromZero}|{chart.Box.Width:R}|{chart.Box.Height:R}");
        // The style as the record prints itself, so a field added to it later is part of the key too.
        foreach (var text in new[] { spec.Title, spec.Unit, spec.CategoryTitle, spec.Style.ToString() })
        {
            Field(key, text);
        }

        foreach (var font in spec.Fonts)
        {
            Field(key, font.Digest);
        }

        Field(key, spec.Face?.Digest);
        foreach (var color in spec.SeriesColors)
        {
            Field(key, color);
        }

        key.Append(CultureInfo.InvariantCulture, $"|{spec.Categories.Count}");
        foreach (var category in spec.Categories)
        {
            Field(key, category);
        }

        foreach (var series in spec.Series)
        {
            Field(key, series.Name);
            key.Append(CultureInfo.InvariantCulture, $"|{series.Values.Count}");
            foreach (var value in series.Values)
            {
                key.Append(CultureInfo.InvariantCulture, $",{value:R}");
            }
        }

        return key.ToString();
    }

    private static void Field(StringBuilder key, string? text) =>
        key.Append(CultureInfo.InvariantCulture, $"|{(text is null ? -1 : text.Length)}:{text}");
}

/// <summary>Distinct charts of one draw: taken from the cache, or rendered anew.</summary>
public readonly record struct ChartDrawStats(int Reused, int Rendered)
{
    public int Charts => Reused + Rendered;
}
