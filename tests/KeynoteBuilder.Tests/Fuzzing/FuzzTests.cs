using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Tests.Support;
using Xunit.Abstractions;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// Compiles thousands of broken and random decks: mutants of deck.yaml and of every case deck,
/// generated decks, and hostile ones (huge scalars, aliased long strings, big CSVs, damaged
/// images, special files). None may throw, hang, use more than <see cref="BudgetedBuild.Budget"/> of
/// processor time, or report a message without a position; every deck that compiles must pass OpenXmlValidator and
/// reopen. Each input is reproducible from the seed and its number; a failing input is saved to the
/// temp folder and its path printed.
/// Soak: KEYNOTE_FUZZ_INPUTS=100000 [KEYNOTE_FUZZ_SEED=n] dotnet test --filter FuzzTests (hostile
/// shapes at full size); one input: KEYNOTE_FUZZ_FIRST=4860 KEYNOTE_FUZZ_INPUTS=1. KEYNOTE_FUZZ_HOSTILE=ci|full
/// picks the hostile sizes, =off gives the inputs of runs before hostile decks existed;
/// KEYNOTE_FUZZ_KINDS=hostile runs hostile decks only.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultInputs = 2500;
    private const int DefaultSeed = 20141014;

    [Fact]
    public void No_input_crashes_hangs_or_builds_an_invalid_package()
    {
        var inputs = Setting("KEYNOTE_FUZZ_INPUTS", DefaultInputs);
        var seed = Setting("KEYNOTE_FUZZ_SEED", DefaultSeed);
        var first = Setting("KEYNOTE_FUZZ_FIRST", 0);
        var sizes = Environment.GetEnvironmentVariable("KEYNOTE_FUZZ_HOSTILE") switch
        {
            "full" => HostileSizes.Soak,
            "ci" => HostileSizes.Ci,
            "off" => null,
            _ => inputs > DefaultInputs ? HostileSizes.Soak : HostileSizes.Ci,
        };
        var source = new FuzzInputs(seed, sizes, hostileOnly: Environment.GetEnvironmentVariable("KEYNOTE_FUZZ_KINDS") == "hostile");
        var failures = new ConcurrentBag<string>();
        var slow = new ConcurrentBag<FuzzInput>();
        var counts = new ConcurrentDictionary<string, int>();
        var known = Codes.Catalogue.Select(c => c.Code).ToHashSet();
        var clock = Stopwatch.StartNew();

        // One compiler per worker: the chart cache then spares re-rendering charts a mutation did not touch.
        using var compilers = new ThreadLocal<DeckCompiler>(NewCompiler);
        void Record(string? problem, FuzzInput input, bool built)
        {
            counts.AddOrUpdate(problem is null && built ? "built" : "rejected", 1, (_, n) => n + 1);
            if (problem is null)
            {
                input.Discard();
            }
            else
            {
                failures.Add($"input {input.Index} ({input.Kind}, saved to {input.Save(seed)}): {problem}");
            }
        }

        Parallel.For(first, first + inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var input = source.Make(index);
            counts.AddOrUpdate(input.Kind, 1, (_, n) => n + 1);
            var build = BudgetedBuild.Shared(compilers.Value!, input);
            if (build.GaveUp is not null)
            {
                compilers.Value = NewCompiler(); // the abandoned build still holds the old one
            }

            if (build.Slow)
            {
                slow.Add(input);
            }
            else
            {
                Record(Check(build, input, known), input, build.Result?.Succeeded == true);
            }
        });

        // A 2-core machine shared with other jobs can stall any input for seconds: an input over the
        // budget is timed again alone, and only one that is slow alone fails.
        foreach (var input in slow.OrderBy(i => i.Index))
        {
            var build = BudgetedBuild.Alone(NewCompiler(), input);
            Record(build.GaveUp ?? Check(build, input, known), input, build.Result?.Succeeded == true);
        }

        var kinds = string.Join(", ", counts.Where(c => c.Key is not ("built" or "rejected")).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {inputs} inputs ({kinds}; {counts.GetValueOrDefault("built")} built and validated, {counts.GetValueOrDefault("rejected")} rejected with errors), {slow.Count} timed again alone, {failures.Count} failures, seed {seed}, hostile sizes {sizes?.Name ?? "off"}, {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(summary);
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal).Take(40)));
    }

    private static DeckCompiler NewCompiler() => new(new SkiaChartRenderer(), new PptxWriter());

    /// <summary>What went wrong with one finished build, or null.</summary>
    private static string? Check(BudgetedBuild build, FuzzInput input, HashSet<string> known)
    {
        if (build.Thrown is not null)
        {
            return "threw " + build.Thrown;
        }

        var result = build.Result!;
        var misplaced = result.Diagnostics.FirstOrDefault(d => d.Position.Line < 1 || d.Position.Column < 1 || d.Message.Length == 0 || !known.Contains(d.Code));
        if (misplaced is not null)
        {
            return "a message without a proper position or code: " + misplaced;
        }

        if (!result.Succeeded)
        {
            return build.Package.Length == 0 ? null : "a deck with errors wrote a package";
        }

        if (input.MustRefuse is not null)
        {
            return $"built, but it must be refused: {input.MustRefuse}";
        }

        try
        {
            PackageCheck.Validate(new MemoryStream(build.Package));
            return null;
        }
        catch (Exception invalid)
        {
            return "the package does not validate: " + invalid.Message;
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
