using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.EndToEnd;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;
using Xunit.Abstractions;

namespace KeynoteBuilder.Tests.Render;

/// <summary>
/// How close our slide pictures are to LibreOffice's pictures of our .pptx: both downsized to 480 px wide,
/// the share of pixels that differ (a channel off by more than <see cref="Threshold"/>) on each slide.
/// Skipped without soffice and pdftoppm, never passed.
/// </summary>
public sealed class FidelityTests(ITestOutputHelper output)
{
    /// <summary>Width both pictures are compared at.</summary>
    private const int Width = 480;

    /// <summary>A pixel differs when one of its channels is off by more than this (of 255): antialiasing noise is not a difference.</summary>
    private const int Threshold = 48;

    /// <summary>The most of a slide's pixels that may differ. Measured 1 to 5.2% on the keynote (README): glyph edges, and LibreOffice's smaller, raised bullet marks.</summary>
    private const double Tolerance = 0.06;

    [NeedsLibreOfficeTheory]
    [InlineData("deck.yaml")]
    [InlineData("examples/charts.yaml")]
    [InlineData("examples/format-2-tour.yaml")]
    public void Our_pictures_match_LibreOffices_within_the_tolerance_on_every_slide(string deck)
    {
        Assert.True(Tools.OnPath("pdftoppm"), "pdftoppm (poppler-utils) is needed beside soffice");
        using var build = new TestBuild();
        var pptx = Path.Combine(build.Folder, "deck.pptx");
        var ours = Path.Combine(build.Folder, "ours");
        var request = new BuildRequest(RepoPaths.File(deck), pptx) { MoreOutputs = [ours + "/"] };
        Assert.Equal(0, new DeckBuilder(new StringWriter(), new StringWriter()).Build(request));

        var profile = Directory.CreateTempSubdirectory("keynote-lo-profile-").FullName;
        try
        {
            Tools.Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", build.Folder, pptx);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }

        var theirs = Path.Combine(build.Folder, "lo");
        Directory.CreateDirectory(theirs);
        Tools.Run("pdftoppm", "-r", "96", "-png", Path.Combine(build.Folder, "deck.pdf"), Path.Combine(theirs, "slide"));

        var slides = Directory.GetFiles(ours, "slide-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(slides.Count, Directory.GetFiles(theirs, "slide-*.png").Length);
        var shares = new List<double>();
        foreach (var slide in slides)
        {
            shares.Add(DifferingShare(slide, Path.Combine(theirs, Path.GetFileName(slide))));
            output.WriteLine(FormattableString.Invariant($"{deck} slide {shares.Count,2}: {shares[^1]:P1} of pixels differ"));
        }

        Assert.All(shares.Select((share, i) => (share, slide: i + 1)), s => Assert.True(s.share <= Tolerance, FormattableString.Invariant($"{deck} slide {s.slide}: {s.share:P1} of pixels differ from LibreOffice's, over {Tolerance:P0}")));
    }

    /// <summary>The share of pixels that differ once both pictures are 480 px wide.</summary>
    public static double DifferingShare(string a, string b)
    {
        using var first = Downsized(a);
        using var second = Downsized(b);
        var height = Math.Min(first.Height, second.Height);
        var differ = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (p, q) = (first.GetPixel(x, y), second.GetPixel(x, y));
                if (Math.Abs(p.Red - q.Red) > Threshold || Math.Abs(p.Green - q.Green) > Threshold || Math.Abs(p.Blue - q.Blue) > Threshold)
                {
                    differ++;
                }
            }
        }

        return differ / (double)(Width * height);
    }

    private static SKBitmap Downsized(string path)
    {
        using var original = SKBitmap.Decode(path) ?? throw new InvalidOperationException($"{path} does not decode");
        var info = new SKImageInfo(Width, (int)Math.Round(original.Height * (double)Width / original.Width), SKColorType.Rgba8888, SKAlphaType.Premul);
        return original.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw new InvalidOperationException($"{path} does not resize");
    }
}

/// <summary>A theory that is skipped, and says so, when LibreOffice's soffice is not on the PATH.</summary>
public sealed class NeedsLibreOfficeTheoryAttribute : TheoryAttribute
{
    public NeedsLibreOfficeTheoryAttribute()
    {
        if (!Tools.OnPath("soffice"))
        {
            Skip = "soffice (LibreOffice Impress) is not installed; .ci/run installs it";
        }
    }
}
