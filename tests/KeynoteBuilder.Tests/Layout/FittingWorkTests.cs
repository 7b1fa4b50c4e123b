namespace KeynoteBuilder.Tests.Layout;

/// <summary>
/// The layout pass's work grows linearly with one input grown tenfold (a bullet, a paragraph, a table
/// cell), and each character is measured about once, however many sizes are tried: counted through
/// the measurer, not timed.
/// </summary>
public sealed class FittingWorkTests
{
    public static TheoryData<string, Func<int, string>> Inputs() => new()
    {
        { "a long bullet", n => $"bullets:\n      - \"{Words(n)}\"\n      - A short one" },
        { "a long paragraph", n => $"text: \"{Words(n)}\"" },
        { "one long word", n => $"text: \"{new string('x', 6 * n)}\"" },
        { "a long table cell", n => $"table:\n      header: [Name, Notes]\n      rows:\n        - [a, \"{Words(n)}\"]\n        - [b, short]" },
        { "a long code span", n => $"bullets:\n      - \"`{Words(n)}`\"" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Grows_at_most_tenfold_for_an_input_ten_times_longer(string what, Func<int, string> body)
    {
        var (small, smallInput) = Work(body, 1_000);
        var (large, largeInput) = Work(body, 10_000);

        Assert.True(large <= 10.5 * small, $"{what}: {small} measured characters, then {large} for an input ten times longer");
        var perCharacter = (large - small) / (double)(largeInput - smallInput);
        Assert.True(perCharacter <= 1.2, $"{what}: each added character was measured {perCharacter:0.0} times; fitting should measure each word once");
    }

    private static (long Characters, int InputLength) Work(Func<int, string> body, int words)
    {
        var slide = body(words);
        var measurer = new CountingMeasurer();
        measurer.LayOut($"title: Work\nfooter: A footer\nslides:\n  - title: A slide\n    {slide}\n");
        return (measurer.Characters, slide.Length);
    }

    /// <summary><paramref name="count"/> words of five to eight characters.</summary>
    private static string Words(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => "word" + (i % 997).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
