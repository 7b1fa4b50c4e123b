namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// The caps a template is unpacked under. Real company templates are a few MiB with a few hundred
/// entries; the caps leave room for a hundred times that and stop a zip bomb long before memory runs out.
/// </summary>
public sealed record PackageLimits(int MaxEntries, long MaxPartBytes, long MaxTotalBytes, double MaxRatio, long MaxImageSide, long MaxImagePixels)
{
    public static PackageLimits Default { get; } = new(10_000, 64L << 20, 256L << 20, 100, 20_000, 100_000_000);

    /// <summary>Below this a part's compression ratio is not checked: tiny XML parts compress well and harm nothing.</summary>
    public const long RatioFloorBytes = 1 << 20;
}
