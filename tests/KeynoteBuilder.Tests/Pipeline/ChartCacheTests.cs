using System.IO.Compression;
using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Pipeline;

/// <summary>
/// The chart cache saves work without changing a byte: a chart drawn once and reused (the same
/// figures, title and size, as on a slide repeated in a long deck) gives the
/// same package as a chart drawn afresh, and a changed figure is drawn again.
/// </summary>
public sealed class ChartCacheTests
{
    private static readonly DateTimeOffset Date = new(2014, 10, 14, 9, 0, 0, TimeSpan.Zero);

    private static string Deck(int firstValue) => $$"""
        title: Cache
        slides:
          - title: Releases
            chart:
              type: column
              categories: ["3.12", "3.13", "3.14"]
              series:
                - name: Commits
                  values: [{{firstValue}}, 176, 192]
          - title: Releases
            chart:
              type: column
              categories: ["3.12", "3.13", "3.14"]
              series:
                - name: Commits
                  values: [{{firstValue}}, 176, 192]
          - title: Architectures
            chart:
              type: pie
              categories: [x86, PPC, ARM]
              series:
                - name: Commits
                  values: [430, 250, 200]
        """;

    [Fact]
    public void A_rebuild_from_the_cache_gives_the_same_bytes_as_a_fresh_build()
    {
        var renderer = new CountingRenderer();
        var compiler = new DeckCompiler(renderer, new PptxWriter());

        var first = Build(compiler, Deck(181));
        Assert.Equal(2, renderer.Calls);
        var second = Build(compiler, Deck(181));
        Assert.Equal(2, renderer.Calls);

        var fresh = Build(new DeckCompiler(new SkiaChartRenderer(), new PptxWriter()), Deck(181));
        Assert.Equal(fresh, first);
        Assert.Equal(fresh, second);
        PackageCheck.Validate(new MemoryStream(second));
    }

    [Fact]
    public void The_same_chart_on_two_slides_is_drawn_once_and_stored_once()
    {
        var renderer = new CountingRenderer();
        var package = Build(new DeckCompiler(renderer, new PptxWriter()), Deck(181));
        Assert.Equal(2, renderer.Calls);

        using var zip = new ZipArchive(new MemoryStream(package));
        var slides = zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal));
        Assert.Equal(3, slides.Count(e => new StreamReader(e.Open()).ReadToEnd().Contains("<p:pic>", StringComparison.Ordinal)));
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("ppt/media/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_changed_figure_is_drawn_again_and_the_unchanged_chart_is_not()
    {
        var renderer = new CountingRenderer();
        var compiler = new DeckCompiler(renderer, new PptxWriter());
        var before = Build(compiler, Deck(181));
        var after = Build(compiler, Deck(250));

        Assert.Equal(3, renderer.Calls);
        Assert.NotEqual(before, after);
        Assert.Equal(Build(new DeckCompiler(new SkiaChartRenderer(), new PptxWriter()), Deck(250)), after);
    }

    private static byte[] Build(DeckCompiler compiler, string yaml)
    {
        using var build = new TestBuild();
        var path = build.Write("deck.yaml", yaml);
        // The compiler disposes the stream it writes; a MemoryStream still hands out its bytes after that.
        var package = new MemoryStream();
        var result = compiler.Compile(path, Encoding.UTF8.GetBytes(yaml), () => package, Date);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return package.ToArray();
    }

    /// <summary>Draws with the real renderer and counts how often it was asked to.</summary>
    private sealed class CountingRenderer : IChartRenderer
    {
        private readonly SkiaChartRenderer _inner = new();
        private int _calls;

        public int Calls => _calls;

        public ChartImage Render(ChartSpec spec, double widthPoints, double heightPoints)
        {
            Interlocked.Increment(ref _calls);
            return _inner.Render(spec, widthPoints, heightPoints);
        }
    }
}
