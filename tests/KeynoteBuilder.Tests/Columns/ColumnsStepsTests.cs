using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Columns;

/// <summary>Emphasis steps on a columns slide: a phrase in any column makes a step, and one in none is an error at the phrase.</summary>
public sealed class ColumnsStepsTests
{
    [Fact]
    public void A_step_phrase_in_the_second_column_is_bold_in_that_column_only()
    {
        var slides = PlacedShapes.Build("""
              - title: Steps over columns
                columns:
                  - bullets: [Alpha and delta]
                  - text: Gamma delta
                  - text: Epsilon
                steps:
                  - []
                  - [Gamma delta]
            """, out _);

        Assert.Equal(2, slides.Count);
        Assert.DoesNotContain(slides[0], s => s.Bold.Contains("Gamma delta") || s.Bold.Contains("delta"));
        var bold = slides[1].Where(s => s.Bold.Any(b => b.Contains("delta", StringComparison.Ordinal))).ToList();
        var emphasised = Assert.Single(bold);
        Assert.Equal("Gamma delta", emphasised.Text);
        var first = slides[1].Single(s => s.Text == "Alpha and delta");
        var third = slides[1].Single(s => s.Text == "Epsilon");
        Assert.True(first.Right < emphasised.X && emphasised.Right < third.X, "the bold phrase stands in the middle column");
    }

    [Fact]
    public void A_phrase_in_no_column_is_an_error_at_the_phrase()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", """
            title: Columns
            slides:
              - title: Steps over columns
                columns:
                  - bullets: [First column]
                  - heading: Second
                    text: Second column
                steps:
                  - [Second column, Second]
                  - [Third column]
                  - [second]
            """);

        Assert.Equal(1, build.Build(deck));
        Assert.Equal(
            """
            deck.yaml:10:10: error KB0401: the step phrase 'Third column' matches nothing in this slide's body; phrases match whole words with the same case
            deck.yaml:11:10: error KB0401: the step phrase 'second' matches nothing in this slide's body, but 'Second' does: phrases are case-sensitive, write it as 'Second'
            keynote: 2 errors; nothing written

            """.ReplaceLineEndings("\n"),
            build.Stderr.Replace(build.Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).ReplaceLineEndings("\n"));
    }
}
