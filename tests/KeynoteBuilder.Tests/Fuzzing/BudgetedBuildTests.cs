using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Pipeline;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>The fuzz test's time budget: an input that never finishes fails the run instead of hanging it.</summary>
public sealed class BudgetedBuildTests
{
    [Fact]
    public void A_build_that_never_finishes_is_given_up_instead_of_hanging_the_run()
    {
        using var never = new ManualResetEventSlim();
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new BlockingWriter(never));
        var input = new FuzzInput(7, "generated", "deck.yaml", Encoding.UTF8.GetBytes("title: T\nslides:\n  - title: A\n"));

        var build = BudgetedBuild.Alone(compiler, input, TimeSpan.FromMilliseconds(500));
        never.Set();

        // Alone it is "hung"; beside other tests of this process their processor time can make it "over the budget" first.
        Assert.Null(build.Result);
        Assert.Matches("^(hung: no progress for|took .* over the budget of 5 s)", build.GaveUp);
    }

    [Fact]
    public void A_quick_build_keeps_to_the_budget()
    {
        var compiler = new DeckCompiler(new SkiaChartRenderer(), new BlockingWriter(null));
        var build = BudgetedBuild.Shared(compiler, new FuzzInput(8, "generated", "deck.yaml", Encoding.UTF8.GetBytes("title: T\nslides:\n  - title: A\n")));

        Assert.Null(build.GaveUp);
        Assert.False(build.Slow);
        Assert.True(build.Result!.Succeeded);
    }

    /// <summary>A writer that waits for a signal (a FIFO nobody opens, in effect), or writes nothing.</summary>
    private sealed class BlockingWriter(ManualResetEventSlim? release) : IDeckWriter
    {
        public void Write(LaidOutDeck deck, Stream output, DateTimeOffset? timestamp) => release?.Wait();
    }
}
