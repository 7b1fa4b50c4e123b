namespace KeynoteBuilder.Steps;

/// <summary>
/// Finds many phrases in many texts in one pass over each text (Aho-Corasick), so emphasis steps stay
/// linear in the deck: the work is the phrases' length plus the texts' length plus the matches found,
/// never phrases times text. Both sides are compared in canonical decomposition (<see cref="CanonicalForm"/>),
/// case-sensitively, and a match must start and end at a <see cref="WordBoundary"/>.
/// </summary>
public sealed class PhraseIndex
{
    private readonly List<Dictionary<char, int>> _next = [[]];
    private readonly List<int> _fail = [0];

    /// <summary>The phrase slot that ends at each node, or -1.</summary>
    private readonly List<int> _output = [-1];

    /// <summary>The nearest node on the fail chain with an output: the other phrases ending here.</summary>
    private readonly List<int> _outputLink = [0];

    /// <summary>Per phrase given: its slot (phrases equal after decomposition share one).</summary>
    private readonly int[] _slotOf;

    private readonly List<int> _slotLength = [];

    public PhraseIndex(IReadOnlyList<string> phrases)
    {
        _slotOf = new int[phrases.Count];
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < phrases.Count; p++)
        {
            var key = CanonicalForm.Decompose(phrases[p]).Text;
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = slots[key] = _slotLength.Count;
                _slotLength.Add(key.Length);
                Insert(key, slot);
            }

            _slotOf[p] = slot;
        }

        Link();
    }

    /// <summary>Steps taken so far (trie edges, fail links, matches): what a test of linear growth counts.</summary>
    public long Work { get; private set; }

    /// <summary>For each phrase given, whether it occurs in one of <paramref name="texts"/>.</summary>
    public bool[] Occurring(IEnumerable<string> texts)
    {
        var found = new bool[_slotLength.Count];
        foreach (var text in texts)
        {
            Scan(text, (slot, _, _) => found[slot] = true);
        }

        return [.. _slotOf.Select(slot => found[slot])];
    }

    /// <summary>For each phrase given, where it first occurs in <paramref name="text"/>; null where it does not.</summary>
    public Range?[] FirstOccurrences(string text)
    {
        var first = new Range?[_slotLength.Count];
        Scan(text, (slot, start, end) => first[slot] ??= start..end);
        return [.. _slotOf.Select(slot => first[slot])];
    }

    /// <summary>Which characters of <paramref name="text"/> are part of an occurrence of a phrase.</summary>
    public bool[] Marks(string text)
    {
        // Occurrences may overlap: count open ones from a difference array instead of filling each one.
        var depth = new int[text.Length + 1];
        Scan(text, (_, start, end) =>
        {
            depth[start]++;
            depth[end]--;
        });
        var marked = new bool[text.Length];
        for (int i = 0, open = 0; i < text.Length; i++)
        {
            open += depth[i];
            marked[i] = open > 0;
        }

        return marked;
    }

    /// <summary>Reports every whole-word occurrence as (slot, start, end) in <paramref name="text"/>'s own indices.</summary>
    private void Scan(string text, Action<int, int, int> found)
    {
        var (folded, origin) = CanonicalForm.Decompose(text);
        var state = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            int next;
            while (!_next[state].TryGetValue(c, out next) && state != 0)
            {
                state = _fail[state];
                Work++;
            }

            state = _next[state].TryGetValue(c, out next) ? next : 0;
            Work++;
            for (var node = _output[state] >= 0 ? state : _outputLink[state]; node != 0; node = _outputLink[node])
            {
                Work++;
                var slot = _output[node];
                var (start, end) = (i + 1 - _slotLength[slot], i + 1);
                if (WordBoundary.At(folded, start) && WordBoundary.At(folded, end))
                {
                    found(slot, origin is null ? start : origin[start], origin is null ? end : origin[end - 1] + 1);
                }
            }
        }
    }

    private void Insert(string phrase, int slot)
    {
        var node = 0;
        foreach (var c in phrase)
        {
            Work++;
            if (!_next[node].TryGetValue(c, out var child))
            {
                child = _next.Count;
                _next[node][c] = child;
                _next.Add([]);
                _fail.Add(0);
                _output.Add(-1);
                _outputLink.Add(0);
            }

            node = child;
        }

        _output[node] = slot;
    }

    /// <summary>Fail links breadth first: each points at the longest proper suffix that is also in the trie.</summary>
    private void Link()
    {
        var queue = new Queue<int>(_next[0].Values);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in _next[node])
            {
                var fail = _fail[node];
                while (fail != 0 && !_next[fail].ContainsKey(c))
                {
                    fail = _fail[fail];
                    Work++;
                }

                _fail[child] = node != 0 && _next[fail].TryGetValue(c, out var target) ? target : 0;

                _outputLink[child] = _output[_fail[child]] >= 0 ? _fail[child] : _outputLink[_fail[child]];
                queue.Enqueue(child);
                Work++;
            }
        }
    }
}
