using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Columns;

/// <summary>Where a columns slide's shapes stand, as a viewer sees them: side by side, in order, inside the slide.</summary>
public sealed class ColumnsLayoutTests
{
    private const double Tolerance = 0.01;

    [Fact]
    public void Bullets_and_an_image_stand_side_by_side_in_two_equal_columns()
    {
        var slides = PlacedShapes.Build("""
              - title: A diagram beside its bullets
                columns:
                  - bullets: [One thread per device, A big lock]
                  - image: assets/logo.png
                    caption: The dataplane thread
            """, out var size, Logo);

        var shapes = slides[0];
        var title = shapes.Single(s => s.Text == "A diagram beside its bullets");
        var bullets = shapes.Single(s => s.Text.StartsWith("One thread", StringComparison.Ordinal));
        var picture = shapes.Single(s => s.Kind == "picture");
        var caption = shapes.Single(s => s.Text == "The dataplane thread");
        AssertInside(size, bullets, picture, caption);
        Assert.True(bullets.Y >= title.Bottom && picture.Y >= title.Bottom, "the columns start below the title");
        Assert.True(bullets.Right < picture.X && bullets.Right < caption.X, "the picture's column stands to the right of the bullets'");
        Assert.Equal(bullets.Width, caption.Width, Tolerance);
        Assert.True(picture.Width <= caption.Width + Tolerance && picture.Bottom <= caption.Y, "the picture fits its column, over its caption");
    }

    [Fact]
    public void Three_columns_with_headings_have_their_headings_in_one_row_over_text_table_and_chart()
    {
        var slides = PlacedShapes.Build("""
              - title: Before and after
                columns:
                  - heading: QEMU 2.0
                    text: One thread per device, and a big lock.
                  - heading: QEMU 2.2 with a heading long enough to take two lines
                    table:
                      header: [Release, Commits]
                      rows: [["2.0", "1105"], ["2.2", "1250"]]
                  - heading: Growth
                    chart:
                      type: column
                      categories: ["2.0", "2.2"]
                      series: [{name: Commits, values: [1105, 1250]}]
            """, out var size);

        var shapes = slides[0];
        var headings = new[] { "QEMU 2.0", "QEMU 2.2 with a heading long enough to take two lines", "Growth" }.Select(h => shapes.Single(s => s.Text == h)).ToList();
        var bodies = new[]
        {
            shapes.Single(s => s.Text.StartsWith("One thread", StringComparison.Ordinal)),
            shapes.Single(s => s.Kind == "table"),
            shapes.Single(s => s.Kind == "picture"),
        };
        AssertInside(size, [.. headings, .. bodies]);

        // One row: the same top, the same height, and the same size of text.
        Assert.All(headings, h => Assert.Equal(headings[0].Y, h.Y, Tolerance));
        Assert.All(headings, h => Assert.Equal(headings[0].Height, h.Height, Tolerance));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(headings[i].Bottom <= bodies[i].Y, $"heading {i + 1} stands above its body");
            Assert.Equal(headings[i].X, bodies[i].X, Tolerance);
            Assert.True(bodies[i].Width <= headings[i].Width + Tolerance, $"body {i + 1} fits its column");
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.True(headings[i].Right < headings[i + 1].X, $"heading {i + 1} is left of heading {i + 2}");
            Assert.True(bodies[i].Right < bodies[i + 1].X, $"body {i + 1} is left of body {i + 2}");
        }
    }

    [Fact]
    public void Text_side_by_side_takes_one_size_the_largest_at_which_every_column_fits()
    {
        var slides = PlacedShapes.Build("""
              - title: Short beside long
                columns:
                  - bullets: [Short]
                  - text: |
                      Every device thread waits for the one big lock, and every one of them takes it
                      for every request it serves, so the more devices a guest has, the longer each waits.
                      Dataplane gives each device a thread of its own that never takes the lock on the
                      data path, so adding devices no longer slows down the ones the guest already has.
                      The guest's storage finally scales with the number of host cores it is given.
            """, out _);

        var bullets = slides[0].Single(s => s.Text == "Short");
        var text = slides[0].Single(s => s.Text.StartsWith("Every device", StringComparison.Ordinal));
        Assert.True(text.Sizes.Max() < 28, "the long text is fitted smaller than the largest size");
        Assert.Equal(text.Sizes.Distinct(), bullets.Sizes.Distinct());
    }

    [Fact]
    public void A_code_listing_beside_bullets_keeps_its_own_size_and_leaves_theirs()
    {
        var slides = PlacedShapes.Build("""
              - title: Bullets beside code
                columns:
                  - bullets: [One, Two]
                  - code:
                      language: bash
                      text: |
                        modprobe -r kvm_intel
                        modprobe kvm_intel nested=1
            """, out _);

        var bullets = slides[0].Single(s => s.Text == "OneTwo");
        Assert.Equal(28, bullets.Sizes.Max());
    }

    [Fact]
    public void Code_listings_side_by_side_take_one_size_the_largest_at_which_every_one_fits()
    {
        var slides = PlacedShapes.Build("""
              - title: Shipping it
                columns:
                  - code:
                      language: dockerfile
                      text: |
                        FROM debian:bookworm-slim AS build
                        RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev
                        RUN make -j"$(nproc)"
                  - code:
                      language: bash
                      text: |
                        docker build -t bench .
                        docker run bench
                  - bullets: [Built once, Run anywhere]
              - title: The shell alone
                columns:
                  - code:
                      language: bash
                      text: |
                        docker build -t bench .
                        docker run bench
                  - bullets: [Built once, Run anywhere]
            """, out _);

        var dockerfile = slides[0].Single(s => s.Text.StartsWith("FROM", StringComparison.Ordinal));
        var shell = slides[0].Single(s => s.Text.StartsWith("docker build", StringComparison.Ordinal));
        var alone = slides[1].Single(s => s.Text.StartsWith("docker build", StringComparison.Ordinal));
        Assert.Single(dockerfile.Sizes.Distinct());
        Assert.Equal(dockerfile.Sizes.Distinct(), shell.Sizes.Distinct());
        Assert.True(alone.Sizes[0] > shell.Sizes[0], $"the shell listing alone is larger ({alone.Sizes[0]} pt) than beside the long Dockerfile ({shell.Sizes[0]} pt)");
        Assert.Equal(28, slides[0].Single(s => s.Text == "Built onceRun anywhere").Sizes.Max()); // prose keeps its own size
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Column_bodies_start_at_one_height_pictures_at_the_top_of_their_column_as_code_is(bool onTemplate)
    {
        var files = new Dictionary<string, byte[]>(Logo)
        {
            ["assets/diagram.svg"] = File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "img-string-diagram.svg")),
            ["own.pptx"] = Templates.TemplateFiles.Own,
        };
        var slides = PlacedShapes.Build("""
              - title: Three columns, three kinds
                columns:
                  - heading: Diagram
                    image: assets/diagram.svg
                    alt: A diagram
                  - heading: Logo
                    image: assets/logo.png
                    caption: The logo
                  - heading: The C loop
                    code:
                      language: c
                      text: |
                        while (inp < inp_end) {
                            switch (*inp++) {
                            case '<': delta += 3; break;
                            }
                        }
              - title: Two columns, a comparison
                columns:
                  - heading: Logo
                    image: assets/logo.png
                    caption: The logo
                  - heading: The C loop
                    code: { language: c, text: "while (inp < inp_end) inp++;" }
            """, out _, files, onTemplate ? "template: own.pptx\n" : "");

        foreach (var shapes in slides)
        {
            var tops = shapes.Where(s => s.Kind == "picture" || s.Name.StartsWith("Code Panel", StringComparison.Ordinal)).Select(s => Math.Round(s.Y, 1)).ToList();
            Assert.True(tops.Count == shapes.Count(s => s.Kind == "picture") + 1 && tops.Count >= 2, $"{tops.Count} bodies found");
            Assert.True(tops.Distinct().Count() == 1, $"the column bodies start at {string.Join(", ", tops)} pt");
        }
    }

    /// <summary>The picture the tests put in a column, as assets/logo.png.</summary>
    internal static IReadOnlyDictionary<string, byte[]> Logo => new Dictionary<string, byte[]>
    {
        ["assets/logo.png"] = File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "logo.png")),
    };

    internal static void AssertInside((double Width, double Height) slide, params PlacedShape[] shapes) =>
        Assert.All(shapes, s => Assert.True(s.X >= 0 && s.Y >= 0 && s.Right <= slide.Width && s.Bottom <= slide.Height, $"{s.Name} is inside the slide"));
}
