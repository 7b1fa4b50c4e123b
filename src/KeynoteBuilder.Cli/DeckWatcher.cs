using System.Globalization;
using System.Threading.Channels;
using KeynoteBuilder.Pipeline;

namespace KeynoteBuilder.Cli;

/// <summary>
/// <c>keynote watch</c>: builds the deck, then rebuilds it whenever the deck or a file it read changes.
/// One <see cref="DeckBuilder"/> serves every build, so charts that did not change are not re-rendered.
/// Every build prints one <c>[HH:mm:ss] ...</c> line on stdout; diagnostics go to stderr as in <c>keynote build</c>.
/// </summary>
public sealed class DeckWatcher(TextWriter stdout, TextWriter stderr)
{
    // Editors save in a burst of events (truncate, write, rename, chmod); one build per burst.
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(50);

    // Some editors save by truncating the file, then writing it: an empty deck right after a change is
    // most likely that gap, so it is reported only if no further change comes within this time.
    public static readonly TimeSpan DefaultEmptyDeckGrace = TimeSpan.FromSeconds(1);

    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly DeckBuilder _builder = new(stdout, stderr);
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(PathComparer);

    // Capacity one, extra writes dropped: any number of changes during a build leave exactly one more build to do.
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // Read on the watchers' threads, replaced (never mutated) after each build.
    private volatile HashSet<string> _files = new(PathComparer);

    // Folders on the way to a watched file that do not exist yet; their creation is a change. Replaced like _files.
    private volatile HashSet<string> _missingFolders = new(PathComparer);
    private long _events;

    public TimeSpan Debounce { get; init; } = DefaultDebounce;

    public TimeSpan EmptyDeckGrace { get; init; } = DefaultEmptyDeckGrace;

    /// <summary>The compiler every build uses; its chart cache survives from build to build.</summary>
    public DeckCompiler Compiler => _builder.Compiler;

    /// <summary>Builds, then watches until <paramref name="cancellation"/> fires (exit 0). Exit 2 if the deck cannot be read at start.</summary>
    public async Task<int> RunAsync(BuildRequest request, CancellationToken cancellation)
    {
        var deck = Path.GetFullPath(request.Deck);
        try
        {
            // Watch the deck before the first build, so a save during that build is not missed.
            Watch(deck, [], built: false);
            var first = _builder.BuildOnce(request);
            _builder.PrintDiagnostics(first, request);
            if (first.Status == BuildStatus.DeckUnreadable)
            {
                stderr.WriteLine($"keynote: {first.Failure}");
                return ExitCodes.Usage;
            }

            Report(first, initial: true);
            Watch(deck, first.Result?.InputFiles ?? [], first.Status == BuildStatus.Built);
            var referenced = (first.Result?.InputFiles ?? []).Where(f => !PathComparer.Equals(f, deck)).Distinct(PathComparer).Count();
            stdout.WriteLine($"Watching {Path.GetRelativePath(Environment.CurrentDirectory, deck)} and {referenced} referenced file{(referenced == 1 ? "" : "s")}; press Ctrl+C to stop.");
            while (true)
            {
                await _changed.Reader.ReadAsync(cancellation).ConfigureAwait(false);
                await SettleAsync(cancellation).ConfigureAwait(false);

                // Every change so far is covered by the build below, which reads the files after this point.
                _changed.Reader.TryRead(out _);
                var outcome = _builder.BuildOnce(request);
                if (IsEmptyDeck(outcome) && await ChangesWithinAsync(EmptyDeckGrace, cancellation).ConfigureAwait(false))
                {
                    continue; // the rest of the save arrived: build that instead of reporting the gap
                }

                _builder.PrintDiagnostics(outcome, request);

                // Watch the new set of files before reporting, so whoever reads the line can edit them at once.
                Watch(deck, outcome.Result?.InputFiles ?? [], outcome.Status == BuildStatus.Built);
                Report(outcome, initial: false);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Built;
        }
        finally
        {
            foreach (var watcher in _folders.Values)
            {
                watcher.Dispose();
            }

            _folders.Clear();
        }
    }

    /// <summary>Waits until <see cref="Debounce"/> passes with no further event.</summary>
    private async Task SettleAsync(CancellationToken cancellation)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _events);
            await Task.Delay(Debounce, cancellation).ConfigureAwait(false);
        }
        while (Interlocked.Read(ref _events) != seen);
    }

    private static bool IsEmptyDeck(BuildOutcome outcome) =>
        outcome.Result?.Diagnostics.Any(d => d.Code == Diagnostics.Codes.EmptyFile) == true;

    /// <summary>Whether a change arrives within <paramref name="grace"/> (it stays queued for the loop).</summary>
    private async Task<bool> ChangesWithinAsync(TimeSpan grace, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(grace);
        try
        {
            return await _changed.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Report(BuildOutcome outcome, bool initial)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var output = Path.GetRelativePath(Environment.CurrentDirectory, outcome.Output);
        var ms = (long)outcome.Elapsed.TotalMilliseconds;
        switch (outcome.Status)
        {
            case BuildStatus.Built:
                var result = outcome.Result!;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{time}] {(initial ? "built" : "rebuilt")} {output} in {ms} ms: {result.Slides} slides, {result.Charts.Charts} charts ({result.Charts.Reused} reused)"));
                break;
            case BuildStatus.DeckErrors:
                var errors = outcome.Errors;
                var kept = File.Exists(outcome.Output) ? $"kept the last good {output}" : "nothing written yet";
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{time}] {errors} error{(errors == 1 ? "" : "s")} in {ms} ms; {kept}"));
                break;
            default:
                // Mid-save the deck may be missing for a moment: say so once and wait for the next event.
                stdout.WriteLine($"[{time}] {outcome.Failure!.TrimEnd('.')}; waiting for the next change");
                _builder.PrintDetail(outcome);
                break;
        }
    }

    /// <summary>Watches the deck and the files the last build read, one watcher per folder.</summary>
    private void Watch(string deck, IEnumerable<string> inputs, bool built)
    {
        var files = new HashSet<string>(PathComparer) { deck };

        // A deck that is a symbolic link changes where the link points: watch the file it resolves to too.
        if (ResolvedLink(deck) is { } target)
        {
            files.Add(target);
        }

        files.UnionWith(inputs);
        if (!built)
        {
            // A failed build may have stopped before (or at) a file, e.g. a CSV deleted mid-save:
            // keep watching what the last builds read so that restoring it rebuilds.
            files.UnionWith(_files);
        }

        _files = files;
        var folders = files.Select(f => Path.GetDirectoryName(f)!).ToHashSet(PathComparer);

        // A folder that does not exist yet (the deck names assets/photo.png before assets/ is made):
        // watch the nearest folder above it that does, for the missing one to appear.
        var missing = new HashSet<string>(PathComparer);
        foreach (var folder in folders.Where(f => !Directory.Exists(f)).ToList())
        {
            var existing = folder;
            while (existing is not null && !Directory.Exists(existing))
            {
                missing.Add(existing);
                existing = Path.GetDirectoryName(existing);
            }

            folders.Remove(folder);
            if (existing is not null)
            {
                folders.Add(existing);
            }
        }

        _missingFolders = missing;
        foreach (var stale in _folders.Keys.Where(f => !folders.Contains(f)).ToList())
        {
            _folders[stale].Dispose();
            _folders.Remove(stale);
        }

        foreach (var folder in folders.Where(f => !_folders.ContainsKey(f)))
        {
            try
            {
                _folders[folder] = WatchFolder(folder);
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
            {
                // A folder removed just now, or the system's limit on watches, must not end the session.
                stderr.WriteLine($"keynote: cannot watch '{Path.GetRelativePath(Environment.CurrentDirectory, folder)}': {ex.Message}");
            }
        }
    }

    private static string? ResolvedLink(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null; // a loop: the build reports the deck as unreadable
        }
    }

    private FileSystemWatcher WatchFolder(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };

        // In-place writes raise Changed, delete+create raises Deleted then Created, and
        // write-to-temp-then-rename raises Renamed with the watched file as the new name.
        watcher.Changed += (_, e) => OnEvent(e.FullPath);
        watcher.Created += (_, e) => OnEvent(e.FullPath);
        watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnEvent(e.FullPath);

            // Renaming the file away (vim's backup) is a change too; the build then reports it missing.
            OnEvent(e.OldFullPath);
        };

        // The event buffer overflowed: a change may have been lost, so rebuild to be sure.
        watcher.Error += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnEvent(string path)
    {
        if (_files.Contains(path) || _missingFolders.Contains(path))
        {
            Signal();
        }
    }

    private void Signal()
    {
        Interlocked.Increment(ref _events);
        _changed.Writer.TryWrite(true);
    }
}
