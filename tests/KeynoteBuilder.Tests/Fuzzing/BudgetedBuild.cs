using System.Diagnostics;
using KeynoteBuilder.Pipeline;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// Compiles one input on its own thread and gives up on it when it runs too long: a hung input
/// (a FIFO that never opens, an endless loop) fails the test instead of hanging the run. The
/// abandoned build is left on its thread; the run goes on.
/// </summary>
internal sealed record BudgetedBuild(BuildResult? Result, Exception? Thrown, TimeSpan Wall, string? GaveUp, byte[] Package)
{
    /// <summary>No input may take longer: a 4 MiB deck of any shape builds in seconds (issue 9, item 23).</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>While inputs run side by side on a shared machine, how long one is awaited before it is timed again alone.</summary>
    public static readonly TimeSpan SharedLimit = TimeSpan.FromSeconds(60);

    /// <summary>Timed alone, a build whose process uses no processor time for this long is blocked, not slow.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(10);

    private static readonly DateTimeOffset Timestamp = new(2014, 10, 14, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Builds given up on that still run: their processor time muddles the timing of a build alone.</summary>
    private static int s_abandoned;

    /// <summary>Over the budget by the wall clock: a candidate to time again alone.</summary>
    public bool Slow => GaveUp is not null || Wall > Budget;

    /// <summary>Runs beside other inputs, awaited up to <see cref="SharedLimit"/> by the wall clock.</summary>
    public static BudgetedBuild Shared(DeckCompiler compiler, FuzzInput input) =>
        Run(compiler, input, (wall, _) => wall.Elapsed > SharedLimit ? $"still compiling after {SharedLimit.TotalSeconds:0} s" : null);

    /// <summary>
    /// Runs with nothing else of the fuzz test beside it. Over budget means past it both by the wall
    /// clock and in the process's processor time, so neither other jobs on the machine (wall) nor a
    /// chart drawn on several threads (processor time) decides alone.
    /// </summary>
    public static BudgetedBuild Alone(DeckCompiler compiler, FuzzInput input, TimeSpan? stallLimit = null)
    {
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var (lastProgress, lastUsed) = (TimeSpan.Zero, TimeSpan.Zero);
        var build = Run(compiler, input, (wall, _) =>
        {
            process.Refresh();
            var used = process.TotalProcessorTime - start;
            if (used > Budget && wall.Elapsed > Budget)
            {
                return $"{Over(wall.Elapsed, used)}, still running";
            }

            if (used - lastUsed > TimeSpan.FromMilliseconds(50))
            {
                (lastProgress, lastUsed) = (wall.Elapsed, used);
            }

            return wall.Elapsed - lastProgress > (stallLimit ?? StallLimit) ? $"hung: no progress for {(stallLimit ?? StallLimit).TotalSeconds:0.#} s" : null;
        });
        process.Refresh();
        var total = process.TotalProcessorTime - start;
        var verdict = build.GaveUp is null && build.Wall > Budget && total > Budget ? build with { GaveUp = Over(build.Wall, total) } : build;
        var abandoned = Volatile.Read(ref s_abandoned);
        return verdict.GaveUp is not null && !verdict.GaveUp.StartsWith("hung", StringComparison.Ordinal) && abandoned > 0
            ? verdict with { GaveUp = verdict.GaveUp + $" ({abandoned} builds given up earlier still ran beside it; time it alone with KEYNOTE_FUZZ_FIRST={input.Index} KEYNOTE_FUZZ_INPUTS=1)" }
            : verdict;
    }

    private static BudgetedBuild Run(DeckCompiler compiler, FuzzInput input, Func<Stopwatch, Task, string?> giveUp)
    {
        var package = new MemoryStream();
        var wall = Stopwatch.StartNew();

        // A dedicated thread: a build blocked in open(2) on a FIFO must not hold a pool thread the others need.
        var task = Task.Factory.StartNew(
            () => compiler.Compile(input.DeckPath, input.Bytes, () => package, Timestamp),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(TimeSpan.FromMilliseconds(100)))
        {
            if (giveUp(wall, task) is { } reason)
            {
                Interlocked.Increment(ref s_abandoned);
                task.ContinueWith(_ => Interlocked.Decrement(ref s_abandoned), TaskScheduler.Default);
                return new BudgetedBuild(null, null, wall.Elapsed, reason, []);
            }
        }

        return task.Exception is { } failure
            ? new BudgetedBuild(null, failure.InnerException, wall.Elapsed, null, [])
            : new BudgetedBuild(task.Result, null, wall.Elapsed, null, package.ToArray());
    }

    private static string Over(TimeSpan wall, TimeSpan used) =>
        $"took {wall.TotalSeconds:0.0} s alone ({used.TotalSeconds:0.0} s of processor time), over the budget of {Budget.TotalSeconds:0} s per input";
}
