using System.Text;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Layout;

/// <summary>A 200,000-row CSV as a table (the issue.s million rows took 66 s and made a 1.5 GB slide) is refused at its line, before any cell is laid out, and nothing is written.</summary>
public sealed class TableCapTests
{
    [Fact]
    public void A_200000_row_csv_table_is_a_located_error_that_names_the_cap()
    {
        using var build = new TestBuild();
        var csv = new StringBuilder("Day,Commits\n");
        for (var i = 0; i < 200_000; i++)
        {
            csv.Append("d").Append(i).Append(',').Append(i % 97).Append('\n');
        }

        build.Write("commits.csv", csv.ToString());
        var deck = build.Write("deck.yaml", "title: Big\nslides:\n  - title: Every day\n    table:\n      csv: commits.csv\n");

        Assert.Equal(1, build.Build(deck));
        Assert.Contains("deck.yaml:5:12: error KB0504: 'commits.csv' has 200,000 rows below the header; a table on a slide has at most 30", build.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(TestBuild.OutputOf(deck, null)));
    }
}
