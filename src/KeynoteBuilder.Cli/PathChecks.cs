using KeynoteBuilder.Binding;

namespace KeynoteBuilder.Cli;

/// <summary>
/// What is wrong, if anything, with the deck and output paths a user typed, checked before anything is
/// read or written, in words that say what the path is (a folder, a pipe, the deck itself).
/// </summary>
internal static class PathChecks
{
    private static readonly StringComparer NameComparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Why the deck path cannot be read as a deck, or null.</summary>
    public static string? DeckProblem(string deck)
    {
        if (Directory.Exists(deck))
        {
            return $"'{deck}' is a folder, and it has no deck.yaml; name the deck file, e.g. 'keynote build {Path.Combine(deck, "deck.yaml")}'";
        }

        return FileNode.Of(deck) is { Kind: not FileNodeKind.Regular } node
            ? $"'{deck}' is {node.KindName}, not a regular file; name the deck's .yaml file"
            : null;
    }

    /// <summary>Why an output cannot be written, or null: a folder of PNGs that is a file, else as <see cref="OutputProblem(string, string)"/>.</summary>
    public static string? OutputProblem(OutputTarget output, string deck)
    {
        if (output.Kind != OutputKind.PngFolder)
        {
            return OutputProblem(output.Path, deck);
        }

        var folder = output.Path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return FileNode.Of(folder) is { Kind: not FileNodeKind.Directory }
            ? $"cannot write '{output.Path}': '{folder}' is a file, not a folder; a trailing slash asks for a folder of slide PNGs"
            : null;
    }

    /// <summary>Why the output path cannot be written, or null: a folder, or the deck itself.</summary>
    public static string? OutputProblem(string output, string deck)
    {
        if (output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar) || Directory.Exists(output))
        {
            var example = Path.Combine(output, Path.GetFileNameWithoutExtension(deck) + ".pptx");
            return $"cannot write '{output}': it is a folder; -o takes the .pptx file to write, e.g. -o {example}";
        }

        return SameFile(output, deck) ? InputMessage(output, "is the deck itself") : null;
    }

    /// <summary>The message for an output that is a file the deck reads: writing it would destroy the user's file.</summary>
    public static string InputMessage(string output, string what) =>
        $"refusing to write '{output}': it {what}, and the build would overwrite it; write the .pptx elsewhere, e.g. -o out/deck.pptx";

    /// <summary>
    /// True when both paths name one existing file, however spelt: ./deck.yaml, through a link, a hard
    /// link, or letters in another case where the file system ignores case.
    /// </summary>
    public static bool SameFile(string a, string b)
    {
        if (FileNode.Of(a) is { } x && FileNode.Of(b) is { } y)
        {
            return x.Device == y.Device && x.Inode == y.Inode;
        }

        // Without file identities (Windows), compare full paths, ignoring case where the system does.
        return File.Exists(a) && NameComparer.Equals(Path.GetFullPath(a), Path.GetFullPath(b));
    }
}
