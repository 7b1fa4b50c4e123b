namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// An SVG's elements as the safety check reads them: each one's parent, id and <c>&lt;use&gt;</c> target,
/// so that the number of elements drawn once every <c>&lt;use&gt;</c> is expanded can be counted.
/// </summary>
internal sealed class SvgUseTree
{
    private readonly List<int> _parent = [];
    private readonly List<string?> _useTarget = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Stack<(int Index, bool Style)> _open = new();
    private int _openStyles;

    public int Count => _parent.Count;

    /// <summary>Whether the reader is inside a <c>&lt;style&gt;</c> element, whose text is CSS.</summary>
    public bool InStyle => _openStyles > 0;

    public void Open(string? id, string? useTarget, bool style, bool empty)
    {
        var index = _parent.Count;
        _parent.Add(_open.Count > 0 ? _open.Peek().Index : -1);
        _useTarget.Add(useTarget);
        if (id is not null)
        {
            _ids.TryAdd(id, index);
        }

        if (!empty)
        {
            _open.Push((index, style));
            _openStyles += style ? 1 : 0;
        }
    }

    public void Close()
    {
        if (_open.TryPop(out var closed) && closed.Style)
        {
            _openStyles--;
        }
    }

    /// <summary>
    /// Elements drawn with every <c>&lt;use&gt;</c> replaced by what it draws, counted without recursion
    /// (a chain of uses can be as long as the file) and stopping past <paramref name="cap"/>; -1 for a use
    /// that draws itself.
    /// </summary>
    public long Expanded(long cap)
    {
        var children = new List<int>[Count];
        for (var i = 0; i < Count; i++)
        {
            children[i] = [];
            if (_parent[i] >= 0)
            {
                children[_parent[i]].Add(i);
            }
        }

        var weight = new long[Count];
        var state = new byte[Count]; // 0 not seen, 1 being counted (on the current path), 2 counted
        var stack = new Stack<(int Node, bool Children)>();
        long total = 0;
        for (var root = 0; root < Count; root++)
        {
            if (_parent[root] >= 0)
            {
                continue;
            }

            stack.Push((root, false));
            while (stack.TryPop(out var top))
            {
                var (node, counted) = top;
                var dependencies = Dependencies(node, children);
                if (counted)
                {
                    weight[node] = Math.Min(cap + 1, 1 + dependencies.Sum(d => weight[d]));
                    state[node] = 2;
                    continue;
                }

                if (state[node] == 2)
                {
                    continue;
                }

                if (state[node] == 1)
                {
                    return -1;
                }

                state[node] = 1;
                stack.Push((node, true));
                foreach (var dependency in dependencies)
                {
                    if (state[dependency] == 1)
                    {
                        return -1;
                    }

                    if (state[dependency] == 0)
                    {
                        stack.Push((dependency, false));
                    }
                }
            }

            total = Math.Min(cap + 1, total + weight[root]);
        }

        return total;
    }

    private IEnumerable<int> Dependencies(int node, List<int>[] children) =>
        _useTarget[node] is { } target && _ids.TryGetValue(target, out var used) ? children[node].Append(used) : children[node];
}
