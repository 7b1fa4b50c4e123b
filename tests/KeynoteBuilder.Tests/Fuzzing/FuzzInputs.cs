using System.Text;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// Input number n of a run, the same for the same seed: mostly mutants of the case decks, every
/// fifth a generated deck, every 25th (from number 12) a hostile deck in its own folder. The
/// hostile slots replace mutants only, so every other input is the one earlier runs reported.
/// A soak of the hostile shapes alone makes every input hostile.
/// </summary>
internal sealed class FuzzInputs(int seed, HostileSizes? sizes, bool hostileOnly = false)
{
    private readonly List<(string Path, byte[] Bytes)> _corpus = Corpus();

    public FuzzInput Make(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        if (index % 5 == 4 && !hostileOnly)
        {
            return new FuzzInput(index, "generated", RepoPaths.File("tests", "cases", "generated.yaml"), Encoding.UTF8.GetBytes(new RandomDecks(random).Next()));
        }

        if ((index % 25 == 12 || hostileOnly) && sizes is not null)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"keynote-fuzz-{seed}-{index}");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            var hostile = new HostileDecks(random, folder, sizes).Next();
            return new FuzzInput(index, "hostile " + hostile.Shape, Path.Combine(folder, "deck.yaml"), Encoding.UTF8.GetBytes(hostile.Yaml))
            {
                Folder = folder,
                MustRefuse = hostile.MustRefuse,
            };
        }

        var (path, bytes) = _corpus[random.Next(_corpus.Count)];
        return new FuzzInput(index, "mutated", path, new Mutator(random).Mutate(bytes));
    }

    private static List<(string Path, byte[] Bytes)> Corpus()
    {
        var decks = Directory.GetFiles(RepoPaths.File("tests", "cases"), "*.yaml").Order(StringComparer.Ordinal).Append(RepoPaths.File("deck.yaml"));
        return decks.Select(p => (p, File.ReadAllBytes(p))).ToList();
    }
}
