using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Binding;

/// <summary>
/// Reads the files a deck references (images, CSV). Every path resolves inside the deck's folder,
/// after following links; anything else is an error. Sizes are capped before reading.
/// </summary>
public sealed class DeckFiles(string deckFolder, long maxBytes = 20 * 1024 * 1024)
{
    private readonly string _root = RealPath(Path.GetFullPath(deckFolder));
    private readonly long _maxBytes = maxBytes;

    /// <summary>
    /// Every file the deck refers to inside its folder, read or missing, so a watcher knows what to
    /// watch: creating an image the deck names but that is not there yet rebuilds the deck.
    /// </summary>
    public List<string> Referenced { get; } = [];

    /// <summary>
    /// Files already read, by resolved path: a logo on every slide is read and held once, not once per
    /// slide (a 20 MB picture named on 1,000 slides would otherwise hold 20 GB).
    /// </summary>
    private readonly Dictionary<string, byte[]> _read = new(StringComparer.Ordinal);

    /// <param name="cap">A size cap other than the deck's for this file (a template); null keeps the deck's.</param>
    public byte[]? ReadBytes(string relative, SourcePosition at, DiagnosticBag diagnostics, long? cap = null)
    {
        var limit = cap ?? _maxBytes;
        var path = Resolve(relative, at, diagnostics);
        if (path is null)
        {
            return null;
        }

        // Watched even when refused below: replacing a pipe or a huge file with a good one rebuilds the deck.
        Referenced.Add(path);
        if (_read.TryGetValue(path, out var known))
        {
            return known;
        }

        try
        {
            // Opening a FIFO blocks until someone writes to it, and a device never ends: look before opening.
            if (FileNode.Of(path) is { Kind: not FileNodeKind.Regular } node)
            {
                diagnostics.Error(Codes.NotARegularFile, at, $"'{Shown(relative)}' is {node.KindName}, not a regular file; images and CSV files must be ordinary files");
                return null;
            }

            var info = new FileInfo(path);
            if (info.Length > limit)
            {
                diagnostics.Error(Codes.ReferencedFileTooLarge, at, $"'{relative}' is {info.Length:N0} bytes, over the limit of {limit:N0}; shrink it");
                return null;
            }

            return _read[path] = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            diagnostics.Error(Codes.MissingFile, at, $"'{relative}' could not be read: {ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.MissingFile, at, $"'{relative}' could not be read: permission denied");
            return null;
        }
    }

    private string? Resolve(string relative, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (relative.Contains("://", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.PathOutsideDeck, at, $"'{relative}' is a URL; KeynoteBuilder never downloads, put the file beside the deck");
            return null;
        }

        // A NUL (or another character no file name holds) would reach the system as a different, shorter name.
        if (relative.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) is >= 0 and var bad)
        {
            var what = relative[bad] == '\0' ? "a NUL character (\\0)" : $"the control character \\x{(int)relative[bad]:X2}";
            diagnostics.Error(Codes.BadFilePath, at, $"'{Shown(relative)}' contains {what}, which no file name can hold; remove it");
            return null;
        }

        try
        {
            return ResolveInside(relative, at, diagnostics);
        }
        catch (IOException)
        {
            // Following the links failed: a loop (a -> b -> a) or too long a chain.
            diagnostics.Error(Codes.UnresolvableLink, at, $"'{relative}' is a symbolic link that cannot be followed: it leads back to itself or through too many links; point it at a real file");
            return null;
        }
    }

    private string? ResolveInside(string relative, SourcePosition at, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!File.Exists(full))
        {
            if (Directory.Exists(full) || !Inside(full))
            {
                diagnostics.Error(Inside(full) ? Codes.MissingFile : Codes.PathOutsideDeck, at,
                    Inside(full) ? $"'{relative}' is a folder, not a file" : $"'{relative}' is outside the deck's folder; the files a deck uses (images, CSV, code, fonts, templates) must live beside the deck or below it: copy it there");
                return null;
            }

            Referenced.Add(full);
            var hint = PathHints.Closest(_root, relative);
            diagnostics.Error(Codes.MissingFile, at, hint is null
                ? $"'{relative}' does not exist; paths are relative to the deck's folder"
                : $"'{relative}' does not exist; did you mean '{hint}'?");
            return null;
        }

        var real = RealPath(full);
        if (!Inside(full) || !Inside(real))
        {
            diagnostics.Error(Codes.PathOutsideDeck, at, $"'{relative}' is outside the deck's folder; the files a deck uses (images, CSV, code, fonts, templates) must live beside the deck or below it: copy it there");
            return null;
        }

        return real;
    }

    /// <summary>The path as a message can show it: control characters written as escapes.</summary>
    private static string Shown(string path) =>
        string.Concat(path.Select(c => c == '\0' ? "\\0" : char.IsControl(c) ? $"\\x{(int)c:X2}" : c.ToString()));

    private bool Inside(string path) =>
        path.StartsWith(_root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link on the way resolved, component by component.</summary>
    private static string RealPath(string path)
    {
        var current = Path.GetPathRoot(path)!;
        foreach (var part in path[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                current = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
            }
        }

        return current;
    }
}
