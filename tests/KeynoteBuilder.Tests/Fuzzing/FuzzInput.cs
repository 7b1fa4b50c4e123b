namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// One fuzz input: the deck's bytes and the path it is compiled as (its folder resolves images and CSV).
/// Hostile inputs bring their own <see cref="Folder"/> of files, kept when the input fails so it can be replayed.
/// </summary>
internal sealed record FuzzInput(int Index, string Kind, string DeckPath, byte[] Bytes)
{
    /// <summary>The temporary folder holding this input's deck and files, or null for inputs that use the case folder.</summary>
    public string? Folder { get; init; }

    /// <summary>Why this input must be refused (a damaged image, a FIFO): building it is a failure. Null when building is fine.</summary>
    public string? MustRefuse { get; init; }

    /// <summary>Where a failing input is kept: its own folder, or the deck's bytes saved to the temp folder.</summary>
    public string Save(int seed)
    {
        if (Folder is not null)
        {
            File.WriteAllBytes(DeckPath, Bytes);
            return DeckPath;
        }

        var saved = Path.Combine(Path.GetTempPath(), $"keynote-fuzz-{seed}-{Index}.yaml");
        File.WriteAllBytes(saved, Bytes);
        return saved;
    }

    public void Discard()
    {
        if (Folder is not null && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
