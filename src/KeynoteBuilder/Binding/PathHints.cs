namespace KeynoteBuilder.Binding;

/// <summary>
/// A did-you-mean for a file the deck names but that does not exist: each part of the path that is
/// missing is replaced by the closest name in its folder (<c>assets/dev_cycle.png</c> when
/// <c>assets/dev-cycle.png</c> exists, <c>Assets/</c> for <c>assets/</c>), if the result is a file.
/// </summary>
public static class PathHints
{
    /// <summary>Folders bigger than this are not searched: a hint is not worth listing a huge folder.</summary>
    private const int MaxEntries = 2000;

    /// <summary>No file system has longer names; a longer part is not a slip of the finger, and comparing it would be slow.</summary>
    private const int MaxNameLength = 255;

    /// <returns>The corrected path, written with '/' as in the deck, or null.</returns>
    public static string? Closest(string root, string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        var corrected = new List<string>(parts.Length);
        try
        {
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                var path = Path.Combine(current, part);
                var last = i == parts.Length - 1;
                if (part is "." or ".." || (last ? File.Exists(path) : Directory.Exists(path)))
                {
                    (current, corrected) = (path, [.. corrected, part]);
                    continue;
                }

                var names = part.Length > MaxNameLength ? null : Entries(current, last);
                if (names is null || DidYouMean.Closest(part, names) is not { } hint)
                {
                    return null;
                }

                (current, corrected) = (Path.Combine(current, hint), [.. corrected, hint]);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        var result = string.Join('/', corrected);
        return File.Exists(current) && result != relative ? result : null;
    }

    private static List<string>? Entries(string folder, bool files)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var names = (files ? Directory.EnumerateFiles(folder) : Directory.EnumerateDirectories(folder))
            .Take(MaxEntries + 1).Select(Path.GetFileName).OfType<string>().ToList();
        return names.Count > MaxEntries ? null : names;
    }
}
