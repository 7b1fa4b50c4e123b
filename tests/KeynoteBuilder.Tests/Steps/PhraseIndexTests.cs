using KeynoteBuilder.Steps;

namespace KeynoteBuilder.Tests.Steps;

/// <summary>Emphasis phrase matching: whole words in every script, canonical equivalence, and work linear in the input.</summary>
public sealed class PhraseIndexTests
{
    [Theory]
    [InlineData("仮想化はKVMで動きます", "仮想化", true)]
    [InlineData("仮想化はKVMで動きます", "KVM", true)]
    [InlineData("การจำลองเสมือนด้วยKVM", "เสมือน", true)]
    [InlineData("MPXs and MPX", "MPX", true)]
    [InlineData("MPXs", "MPX", false)]
    [InlineData("Cafe\u0301 au lait", "Café", true)]
    [InlineData("Café au lait", "Cafe\u0301", true)]
    [InlineData("Cafe\u0301", "Cafe", false)]
    [InlineData("ppc64le", "PPC64LE", false)]
    [InlineData("서울에서", "서울", false)]
    public void Phrases_match_at_word_boundaries_of_their_script(string text, string phrase, bool found) =>
        Assert.Equal(found, new PhraseIndex([phrase]).Occurring([text])[0]);

    [Fact]
    public void Marks_cover_the_text_as_stored_when_the_phrase_is_composed_differently()
    {
        var marks = new PhraseIndex(["Café"]).Marks("a Cafe\u0301 b");
        Assert.Equal("..XXXXX..", string.Concat(marks.Select(m => m ? 'X' : '.')));
    }

    /// <summary>
    /// Ten times the phrases, or ten times the text, may cost about ten times the work, never a hundred:
    /// a naive search per phrase costs phrases times text.
    /// </summary>
    [Theory]
    [InlineData(10, 1)]
    [InlineData(1, 10)]
    [InlineData(10, 10)]
    public void Work_grows_linearly_with_phrases_and_text(int morePhrases, int moreText)
    {
        var small = Work(phrases: 200, words: 2_000);
        var large = Work(phrases: 200 * morePhrases, words: 2_000 * moreText);
        Assert.InRange(large / (double)small, 1, 12);
    }

    private static long Work(int phrases, int words)
    {
        // Phrases that share prefixes and mostly miss, over a text of similar words: the costly case for a naive search.
        var list = Enumerable.Range(0, phrases).Select(i => $"word{i % 97} item{i}").ToList();
        var text = string.Join(' ', Enumerable.Range(0, words).Select(i => $"word{i % 97} item{i % 50}"));
        var index = new PhraseIndex(list);
        index.Occurring([text]);
        index.Marks(text);
        return index.Work;
    }
}
