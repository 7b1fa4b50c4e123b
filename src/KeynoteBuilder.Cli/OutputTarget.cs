namespace KeynoteBuilder.Cli;

/// <summary>What an output path asks for, by its spelling: the extension picks the format, a trailing slash a folder of PNGs.</summary>
public enum OutputKind
{
    /// <summary>The editable deck (.pptx, and any path without a known extension, as before outputs had kinds).</summary>
    Pptx,

    /// <summary>A PDF drawn by the slide renderer.</summary>
    Pdf,

    /// <summary>A folder (the path ends in a slash): slide-01.png, slide-02.png, ...</summary>
    PngFolder,

    /// <summary>A .png file: every slide as a thumbnail on one picture.</summary>
    ContactSheet,
}

/// <summary>One <c>-o</c> of a build.</summary>
public sealed record OutputTarget(string Path, OutputKind Kind)
{
    public static OutputTarget Of(string path) => new(path, KindOf(path));

    private static OutputKind KindOf(string path)
    {
        if (path.EndsWith(System.IO.Path.DirectorySeparatorChar) || path.EndsWith(System.IO.Path.AltDirectorySeparatorChar))
        {
            return OutputKind.PngFolder;
        }

        return System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".pdf" => OutputKind.Pdf,
            ".png" => OutputKind.ContactSheet,
            _ => OutputKind.Pptx,
        };
    }
}
