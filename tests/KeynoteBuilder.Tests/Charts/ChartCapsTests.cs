using System.Diagnostics;
using System.Text;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Charts;

/// <summary>A chart of more data than a slide can show ends at once with the cap's error, whatever the file's size.</summary>
public sealed class ChartCapsTests
{
    [Theory]
    [InlineData("pie")]
    [InlineData("line")]
    public void A_million_row_csv_is_refused_quickly_at_the_chart(string type)
    {
        using var build = new TestBuild();
        var csv = new StringBuilder("Day,Visitors\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            csv.Append("day ").Append(i).Append(',').Append(i % 977).Append('\n');
        }

        build.Write("rows.csv", csv.ToString());
        var deck = build.Write("deck.yaml", $"title: Big\nslides:\n  - title: Every day\n    chart:\n      type: {type}\n      csv: rows.csv\n");
        var clock = Stopwatch.StartNew();
        var code = build.Build(deck);
        clock.Stop();

        Assert.Equal(1, code);
        Assert.Contains("deck.yaml:5:7: error KB0607: the chart has 1,000,000 ", build.Stderr, StringComparison.Ordinal);
        // Minutes before the cap (a pie never finished in 15); reading 12 MB of CSV takes a second or two, more on a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
