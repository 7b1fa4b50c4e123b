using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests.Charts;

/// <summary>A pie fills the body it is given, and its labels neither overlap nor break inside a word.</summary>
public sealed class PieLayoutTests
{
    // The body of a 4:3 slide's content layout, in points.
    private const float Width = 640;
    private const float Height = 330;

    private static readonly string[] Areas = ["Device drivers", "Architecture code", "Filesystems", "Networking", "Documentation", "Core kernel", "Tools and tests", "Memory management"];

    [Theory]
    [InlineData(ChartKind.Pie, true)]
    [InlineData(ChartKind.Pie, false)]
    [InlineData(ChartKind.Donut, true)]
    public void A_pie_on_a_four_by_three_slide_fills_the_body_with_whole_word_labels(ChartKind kind, bool labels)
    {
        var spec = ChartTextTests.Spec(kind, Areas, new ChartSeries("Changes", [5400, 1800, 900, 850, 400, 300, 250, 200])) with { Labels = labels };
        using var text = new ChartText();
        var pie = new PieChart(spec, Width, Height, new ChartLook(spec, Width, Height), text);

        Assert.True(pie.Radius >= Height * 0.36f, $"the pie's radius is {pie.Radius} pt in a body {Height} pt high");
        var placed = pie.Labels.ToList();
        Assert.Equal(Areas.Length, placed.Count);
        for (var i = 0; i < placed.Count; i++)
        {
            var (lines, box) = placed[i];
            Assert.True(box.Left >= 0 && box.Right <= Width && box.Top >= 0 && box.Bottom <= Height, $"{string.Join(" / ", lines)} leaves the picture at {box}");
            Assert.All(placed.Skip(i + 1), other => Assert.False(box.IntersectsWith(other.Box), $"{string.Join(" / ", lines)} overlaps {string.Join(" / ", other.Lines)}"));

            // Every line is whole words: a name, part of a name broken at a space, or the figures.
            Assert.All(lines, line => Assert.DoesNotContain("\u2026", line, StringComparison.Ordinal));
            Assert.All(lines, line => Assert.False(line.EndsWith('\u00B7'), $"'{line}' ends with the separator"));
            var words = string.Join(" ", lines).Replace(" \u00B7 ", " ", StringComparison.Ordinal).Split(' ');
            var name = Areas.Single(a => string.Join(" ", lines).StartsWith(a, StringComparison.Ordinal));
            Assert.Equal(name.Split(' '), words.Take(name.Split(' ').Length));
        }
    }
}
