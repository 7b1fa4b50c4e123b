using System.Globalization;

namespace KeynoteBuilder.Charts;

/// <summary>Whole percentages of a total that add up to exactly 100 (largest remainder), as a reader expects of a pie.</summary>
public static class Percentages
{
    public static IReadOnlyList<string> Rounded(IReadOnlyList<double> values)
    {
        var total = values.Sum();
        if (total <= 0)
        {
            return values.Select(_ => "0%").ToList();
        }

        var exact = values.Select(v => v / total * 100).ToArray();
        var whole = exact.Select(Math.Floor).ToArray();
        var missing = 100 - (int)whole.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - whole[i]).ThenBy(i => i).Take(missing))
        {
            whole[i]++;
        }

        // A slice too thin for a whole percent still exists: say so rather than print 0%.
        return whole.Select((w, i) => w == 0 && values[i] > 0 ? "<1%" : ((int)w).ToString(CultureInfo.InvariantCulture) + "%").ToList();
    }
}
