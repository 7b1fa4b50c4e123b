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
/// Compiles thousands of broken and random decks: mutants of deck.yaml and of every case deck, and
/// generated decks. None may throw, hang, or report a message without a position, and every deck
/// that compiles must pass OpenXmlValidator and reopen. Each input is reproducible from the seed and
/// its number; a failing input is saved to the temp folder and its path printed.
/// Soak mode: KEYNOTE_FUZZ_INPUTS=200000 [KEYNOTE_FUZZ_SEED=n] dotnet test --filter FuzzTests.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultInputs = 2500;
    private const int DefaultSeed = 20141014;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public void No_input_crashes_hangs_or_builds_an_invalid_package()
    {
        var inputs = Setting("KEYNOTE_FUZZ_INPUTS", DefaultInputs);
        var seed = Setting("KEYNOTE_FUZZ_SEED", DefaultSeed);
        var corpus = Corpus();
        var failures = new ConcurrentBag<string>();
        var counts = new ConcurrentDictionary<string, int>();
        var known = Codes.Catalogue.Select(c => c.Code).ToHashSet();
        var clock = Stopwatch.StartNew();

        // One compiler per worker: the chart cache then spares re-rendering charts a mutation did not touch.
        using var compilers = new ThreadLocal<DeckCompiler>(() => new DeckCompiler(new SkiaChartRenderer(), new PptxWriter()));
        Parallel.For(0, inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var random = new Random(unchecked((seed * 1_000_003) + index));
            var generated = index % 5 == 4;
            var (path, bytes) = generated ? (RepoPaths.File("tests", "cases", "generated.yaml"), System.Text.Encoding.UTF8.GetBytes(new RandomDecks(random).Next())) : Mutant(corpus, random);
            counts.AddOrUpdate(generated ? "generated" : "mutated", 1, (_, n) => n + 1);
            var problem = Compile(compilers.Value!, path, bytes, known, out var built);
            counts.AddOrUpdate(built ? "built" : "rejected", 1, (_, n) => n + 1);
            if (built && generated)
            {
                counts.AddOrUpdate("generated built", 1, (_, n) => n + 1);
            }

            if (problem is not null)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"keynote-fuzz-{seed}-{index}.yaml");
                File.WriteAllBytes(saved, bytes);
                failures.Add($"input {index} (from {Path.GetFileName(path)}, saved to {saved}): {problem}");
            }
        });

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {inputs} inputs ({counts.GetValueOrDefault("mutated")} mutated, {counts.GetValueOrDefault("generated")} generated; {counts.GetValueOrDefault("built")} built and validated ({counts.GetValueOrDefault("generated built")} of them generated), {counts.GetValueOrDefault("rejected")} rejected with errors), {failures.Count} failures, seed {seed}, {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(summary);
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>Compiles one input; returns what went wrong, or null.</summary>
    private static string? Compile(DeckCompiler compiler, string path, byte[] bytes, HashSet<string> known, out bool built)
    {
        built = false;
        var package = new MemoryStream();
        var task = Task.Run(() => compiler.Compile(path, bytes, () => package, new DateTimeOffset(2014, 10, 14, 9, 0, 0, TimeSpan.Zero)));
        try
        {
            if (!task.Wait(PerInputLimit))
            {
                return $"still compiling after {PerInputLimit.TotalSeconds} s";
            }
        }
        catch (AggregateException failure)
        {
            return "threw " + failure.InnerException;
        }

        var result = task.Result;
        var misplaced = result.Diagnostics.FirstOrDefault(d => d.Position.Line < 1 || d.Position.Column < 1 || d.Message.Length == 0 || !known.Contains(d.Code));
        if (misplaced is not null)
        {
            return "a message without a proper position or code: " + misplaced;
        }

        if (!result.Succeeded)
        {
            return package.Length == 0 ? null : "a deck with errors wrote a package";
        }

        built = true;
        try
        {
            PackageCheck.Validate(new MemoryStream(package.ToArray()));
            return null;
        }
        catch (Exception invalid)
        {
            return "the package does not validate: " + invalid.Message;
        }
    }

    private static (string Path, byte[] Bytes) Mutant(IReadOnlyList<(string Path, byte[] Bytes)> corpus, Random random)
    {
        var (path, bytes) = corpus[random.Next(corpus.Count)];
        return (path, new Mutator(random).Mutate(bytes));
    }

    private static List<(string Path, byte[] Bytes)> Corpus()
    {
        var decks = Directory.GetFiles(RepoPaths.File("tests", "cases"), "*.yaml").Order(StringComparer.Ordinal).Append(RepoPaths.File("deck.yaml"));
        return decks.Select(p => (p, File.ReadAllBytes(p))).ToList();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
