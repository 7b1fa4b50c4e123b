using System.Text;
using KeynoteBuilder.Cli;

namespace KeynoteBuilder.Tests.Support;

/// <summary>
/// A <c>keynote watch</c> running in-process on a background task, with its output captured.
/// Tests wait for lines by polling (generous timeouts for a loaded CI machine), never for a duration.
/// </summary>
public sealed class WatchSession : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;

    private WatchSession(string deck)
    {
        Watcher = new DeckWatcher(Out, Err);
        _run = Task.Run(() => Watcher.RunAsync(new BuildRequest(deck), _stop.Token));
    }

    public DeckWatcher Watcher { get; }

    public LockedWriter Out { get; } = new();

    public LockedWriter Err { get; } = new();

    /// <summary>How many complete status lines (<c>[HH:mm:ss] ...</c>) stdout holds so far.</summary>
    public int StatusCount => StatusLines().Count;

    /// <summary>Starts watching and returns once the watcher has built the deck and is watching.</summary>
    public static async Task<WatchSession> StartAsync(string deck)
    {
        var session = new WatchSession(deck);
        await session.WaitForAsync(() => session.Lines().Any(l => l.StartsWith("Watching ", StringComparison.Ordinal)), "the 'Watching' line");
        return session;
    }

    /// <summary>Waits for the first status line after the first <paramref name="skip"/> ones that matches.</summary>
    public async Task<string> NextStatusAsync(int skip, Func<string, bool> match, string what)
    {
        string? found = null;
        await WaitForAsync(() => (found = StatusLines().Skip(skip).FirstOrDefault(match)) is not null, what);
        return found!;
    }

    /// <summary>Waits for the first <c>rebuilt</c> line after the first <paramref name="skip"/> status lines.</summary>
    public Task<string> NextRebuildAsync(int skip, string what) =>
        NextStatusAsync(skip, l => l.Contains(" rebuilt ", StringComparison.Ordinal), what);

    /// <summary>Waits for stderr to hold <paramref name="text"/> (an editor's save may take more than one build to land).</summary>
    public Task WaitForErrorAsync(string text) =>
        WaitForAsync(() => Err.ToString().Contains(text, StringComparison.Ordinal), $"'{text}' on stderr");

    public List<string> Lines()
    {
        var lines = Out.ToString().Split('\n');
        return lines.Take(lines.Length - 1).Select(l => l.TrimEnd('\r')).ToList(); // the last piece is not a complete line yet
    }

    /// <summary>Stops the watcher as Ctrl+C does and checks that it ends with exit code 0.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        var code = await _run.WaitAsync(Patience);
        _stop.Dispose();
        Assert.Equal(0, code);
    }

    private List<string> StatusLines() => Lines().Where(l => l.StartsWith('[')).ToList();

    private async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (_run.IsCompleted)
            {
                Assert.Fail($"the watcher stopped (exit {await _run}) before {what}\nstdout:\n{Out}\nstderr:\n{Err}");
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"no {what} within {Patience.TotalSeconds} s\nstdout:\n{Out}\nstderr:\n{Err}");
            }

            await Task.Delay(20);
        }
    }
}

/// <summary>A TextWriter the watcher's thread writes while the test's thread reads; whole lines are written at once.</summary>
public sealed class LockedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            _text.Append(value).Append(CoreNewLine);
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return _text.ToString();
        }
    }
}
