using System.IO.Compression;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Scripts;

/// <summary>
/// From the deck to the picture: a chart's Japanese labels are drawn with the deck's <c>theme.fonts</c> file.
/// The binder's missing-glyph check and the chart pass each take the deck's fonts; this checks the second
/// (the unit tests of the chart text give the renderer its fonts themselves).
/// </summary>
public sealed class ScriptDeckChartTests
{
    private const string Chart = """
        slides:
          - title: Speakers
            chart:
              type: column
              categories: ["東京", "大阪"]
              series:
                - name: Talks
                  values: [12, 8]
        """;

    [Fact]
    public void A_charts_japanese_labels_are_drawn_with_the_decks_font_file()
    {
        using var build = new TestBuild();
        build.WriteBytes("NotoSansJP-Subset.otf", File.ReadAllBytes(RepoPaths.File("examples", "fonts", "NotoSansJP-Subset.otf")));
        var with = ChartPicture(build, "with.yaml", "title: T\ntheme:\n  fonts: [NotoSansJP-Subset.otf]\n" + Chart);
        Assert.DoesNotContain("KB1141", build.Stderr, StringComparison.Ordinal);
        var without = ChartPicture(build, "without.yaml", "title: T\n" + Chart);
        Assert.Contains("KB1141", build.Stderr, StringComparison.Ordinal);

        // Without the font the labels are empty boxes (and a warning says so); with it they are the glyphs.
        Assert.NotEqual(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(without)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(with)));
    }

    private static byte[] ChartPicture(TestBuild build, string name, string yaml)
    {
        var output = Path.Combine(build.Folder, Path.ChangeExtension(name, ".pptx"));
        Assert.Equal(0, build.Build(build.Write(name, yaml), output));
        using var zip = ZipFile.OpenRead(output);
        using var stream = new MemoryStream();
        zip.Entries.Single(e => e.FullName.StartsWith("ppt/media/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal)).Open().CopyTo(stream);
        return stream.ToArray();
    }
}
