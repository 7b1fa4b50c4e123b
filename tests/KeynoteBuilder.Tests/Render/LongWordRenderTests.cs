using System.Globalization;
using System.Text.RegularExpressions;
using KeynoteBuilder.Cli;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Render;

/// <summary>
/// A word longer than its line, in keynote's PDF: broken inside itself across as many lines as the layout
/// counted (clients break it so too), with nothing past the slide's edge and no empty line between its pieces.
/// </summary>
public sealed partial class LongWordRenderTests
{
    [NeedsPopplerFact]
    public void A_code_word_longer_than_the_line_breaks_inside_itself_and_loses_nothing()
    {
        var word = new string('a', 150);
        var words = PdfWords($"""
            code:
              text: |
                x = "{word}"
                y = 1
            """).Where(w => w.Text is not ("One" or "long" or "word")).ToList(); // the title's words

        // Every character of the word is on the page, on lines inside the slide's width.
        Assert.Equal(word.Length, words.Sum(w => w.Text.Count(c => c == 'a')));
        Assert.All(words, w => Assert.True(w.XMax <= 960, $"'{w.Text}' ends at {w.XMax} pt, past the slide's edge"));

        // "x =", the word's two pieces and "y = 1" on four lines one pitch (12 pt code, 1.2 em) apart.
        var lines = words.Select(w => w.YMin).Distinct().Order().ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines.Zip(lines.Skip(1), (a, b) => b - a), gap => Assert.InRange(gap, 14.3, 14.5));
    }

    [NeedsPopplerFact]
    public void A_bullet_word_longer_than_the_line_breaks_inside_itself_and_loses_nothing()
    {
        var word = new string('m', 400);
        var words = PdfWords($"bullets: [\"{word}\"]\n").Where(w => w.Text.All(c => c == 'm')).ToList();
        Assert.Equal(word.Length, words.Sum(w => w.Text.Length));
        Assert.All(words, w => Assert.True(w.XMax <= 960, $"'{w.Text}' ends at {w.XMax} pt, past the slide's edge"));
        Assert.True(words.Count > 1, "the word is on one line");

        // One line under the other, no empty line between.
        var gaps = words.Zip(words.Skip(1), (a, b) => b.YMin - a.YMin).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, gaps[0] - 0.1, gaps[0] + 0.1));
    }

    /// <summary>The words pdftotext finds on the PDF of one slide titled "One long word" with <paramref name="body"/>.</summary>
    private static List<(double XMax, double YMin, string Text)> PdfWords(string body)
    {
        using var build = new TestBuild();
        var indented = string.Concat(body.Split('\n').Select(line => line.Length == 0 ? "" : "    " + line + "\n"));
        var deck = build.Write("deck.yaml", "title: Long\nslides:\n  - title: One long word\n" + indented);
        var pdf = Path.Combine(build.Folder, "deck.pdf");
        var stderr = new StringWriter();
        Assert.True(new DeckBuilder(new StringWriter(), stderr).Build(new BuildRequest(deck, pdf)) == 0, stderr.ToString());
        return [.. WordBox().Matches(Tools.Run("pdftotext", "-bbox", pdf, "-"))
            .Select(m => (Number(m.Groups["xmax"].Value), Number(m.Groups["ymin"].Value), m.Groups["text"].Value))];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<word xMin="[0-9.]+" yMin="(?<ymin>[0-9.]+)" xMax="(?<xmax>[0-9.]+)" yMax="[0-9.]+">(?<text>[^<]*)</word>""")]
    private static partial Regex WordBox();
}
