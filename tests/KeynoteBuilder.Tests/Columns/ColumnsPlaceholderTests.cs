using KeynoteBuilder.Tests.Support;
using KeynoteBuilder.Tests.Templates;

namespace KeynoteBuilder.Tests.Columns;

/// <summary>
/// Two columns fill the placeholders of PowerPoint's "Two Content" layout, and with headings those of its
/// "Comparison" layout, left to right, on the built-in look and on a speaker's template: what a user sees
/// in PowerPoint's Layout menu and what a restyled layout moves. Three columns have no such layout.
/// </summary>
public sealed class ColumnsPlaceholderTests
{
    private const string TwoColumns = """
          - title: Two columns
            columns:
              - bullets: [One thread per device, A big lock]
              - text: Each disk runs in its own thread.
        """;

    private const string Comparison = """
          - title: Before and after
            columns:
              - heading: QEMU 2.0
                bullets: [One thread per device, A big lock]
              - heading: QEMU 2.2
                text: Each disk runs in its own thread, and the big lock is off the data path.
            steps:
              - []
              - [big lock, own thread]
        """;

    [Fact]
    public void Two_text_columns_fill_the_two_content_placeholders_left_and_right_and_three_stay_free_shapes()
    {
        var slides = PlacedShapes.Build(TwoColumns + """

              - title: Three
                columns:
                  - text: Left
                  - text: Middle
                  - text: Right
            """, out var size);

        var (left, right) = Columns(slides[0], "One thread", "Each disk");
        Assert.Equal("Two Content", left.Layout);
        Assert.Equal((1u, 2u), (left.Placeholder, right.Placeholder));
        ColumnsLayoutTests.AssertInside(size, left, right);
        Assert.True(left.Right <= right.X, "the first column stands left of the second");
        Assert.Equal(left.Y, right.Y, 0.01);
        Assert.Equal(left.Width, right.Width, 0.01);

        // Three columns have no standard layout: the content one, with the columns as text boxes.
        var three = new[] { "Left", "Middle", "Right" }.Select(t => slides[1].Single(s => s.Text == t)).ToList();
        Assert.All(three, c => Assert.Null(c.Placeholder));
        Assert.All(three, c => Assert.Equal("Title and Content", c.Layout));
    }

    [Fact]
    public void Headings_make_a_comparison_slide_with_headings_over_their_columns_and_steps_bold_the_right_runs()
    {
        var slides = PlacedShapes.Build(Comparison, out var size);

        Assert.Equal(2, slides.Count);
        var (leftHeading, rightHeading) = Columns(slides[1], "QEMU 2.0", "QEMU 2.2");
        var (left, right) = Columns(slides[1], "One thread", "Each disk");
        Assert.All(new[] { leftHeading, rightHeading, left, right }, s => Assert.Equal("Comparison", s.Layout));
        Assert.Equal((1u, 3u, 2u, 4u), (leftHeading.Placeholder!.Value, rightHeading.Placeholder!.Value, left.Placeholder!.Value, right.Placeholder!.Value));
        ColumnsLayoutTests.AssertInside(size, leftHeading, rightHeading, left, right);
        Assert.True(leftHeading.Bottom <= left.Y && rightHeading.Bottom <= right.Y, "each heading stands over its column");
        Assert.True(left.Right <= right.X && leftHeading.Right <= rightHeading.X, "the first column stands left of the second");

        // The headings are bold as the placeholder gives them; a step bolds its phrases, in their own column only.
        Assert.Equal(["QEMU 2.0"], leftHeading.Bold);
        Assert.DoesNotContain(slides[0], s => s.Bold.Contains("big lock") || s.Bold.Contains("own thread"));
        Assert.Equal(["big lock"], left.Bold);
        Assert.Equal(["own thread", "big lock"], right.Bold);
    }

    [Fact]
    public void A_picture_column_stays_a_picture_in_its_side_and_the_unused_placeholder_gets_no_shape()
    {
        var slides = PlacedShapes.Build("""
              - title: A diagram beside its bullets
                columns:
                  - bullets: [One thread per device]
                  - image: assets/logo.png
                    alt: The logo
            """, out _, ColumnsLayoutTests.Logo);

        var shapes = slides[0];
        var bullets = shapes.Single(s => s.Text == "One thread per device");
        var picture = shapes.Single(s => s.Kind == "picture");
        Assert.Equal("Two Content", bullets.Layout);
        Assert.Equal(1u, bullets.Placeholder);
        Assert.Null(picture.Placeholder);
        Assert.True(bullets.Right <= picture.X, "the picture stands in the right column");
        Assert.DoesNotContain(shapes, s => s.Placeholder == 2);
    }

    [NeedsToolFact("pandoc")]
    public void On_pandocs_reference_template_columns_fill_its_two_content_and_comparison_placeholders()
    {
        var template = new Dictionary<string, byte[]> { ["reference.pptx"] = TemplateFiles.Pandoc! };
        var slides = PlacedShapes.Build(TwoColumns + "\n" + Comparison, out var size, template, "template: reference.pptx\n");

        // pandoc's Two Content has its contents at idx 1 and 2; its Comparison, headings 1 and 3 over contents 2 and 4.
        var (left, right) = Columns(slides[0], "One thread", "Each disk");
        Assert.Equal(("Two Content", 1u, 2u), (left.Layout, left.Placeholder!.Value, right.Placeholder!.Value));
        Assert.True(left.Right <= right.X, "the first column stands left of the second");

        var comparison = slides[2];
        var (leftHeading, rightHeading) = Columns(comparison, "QEMU 2.0", "QEMU 2.2");
        var (leftBody, rightBody) = Columns(comparison, "One thread", "Each disk");
        Assert.Equal("Comparison", leftBody.Layout);
        Assert.Equal((1u, 3u, 2u, 4u), (leftHeading.Placeholder!.Value, rightHeading.Placeholder!.Value, leftBody.Placeholder!.Value, rightBody.Placeholder!.Value));
        ColumnsLayoutTests.AssertInside(size, leftHeading, rightHeading, leftBody, rightBody);
        Assert.True(leftHeading.Bottom <= leftBody.Y + 1 && leftBody.Right <= rightBody.X, "headings over their columns, side by side");
        Assert.Equal(["big lock"], leftBody.Bold);
        Assert.Equal(["own thread", "big lock"], rightBody.Bold);
    }

    /// <summary>The two shapes whose text starts with <paramref name="left"/> and <paramref name="right"/>.</summary>
    private static (PlacedShape Left, PlacedShape Right) Columns(IReadOnlyList<PlacedShape> shapes, string left, string right) =>
        (shapes.Single(s => s.Text.StartsWith(left, StringComparison.Ordinal)), shapes.Single(s => s.Text.StartsWith(right, StringComparison.Ordinal)));
}
