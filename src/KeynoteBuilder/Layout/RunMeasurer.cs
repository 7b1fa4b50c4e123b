using KeynoteBuilder.Charts;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>The face a run is drawn in: bold (bold, emphasised or a bold paragraph), italic, or code (monospaced).</summary>
public readonly record struct RunFace(bool Bold, bool Italic, bool Code)
{
    public static RunFace Of(TextRun run, bool boldParagraph) => new(boldParagraph || run.Bold || run.Emphasis, run.Italic, run.Code);
}

/// <summary>
/// Measures text at 1 pt in the face it is drawn in (widths scale linearly with the size).
/// An interface so that tests can count the work a pass does with a counting wrapper.
/// </summary>
public interface IRunMeasurer
{
    double Width(string text, RunFace face);

    /// <summary>This measurer with a deck's extra font files (<c>theme.fonts</c>) for the characters the bundled faces lack.</summary>
    IRunMeasurer WithFonts(IReadOnlyList<FontFile> fonts) => this;
}

/// <summary>
/// The real measurer: the bundled Liberation faces, metric-compatible with Arial and Courier New, then the
/// deck's <c>theme.fonts</c> files character by character, so Japanese or Chinese text is as wide as it is drawn.
/// </summary>
public sealed class FontRunMeasurer(TextMeasurer measurer) : IRunMeasurer
{
    public double Width(string text, RunFace face) => measurer.Width(text, 1, face.Bold, face.Italic, mono: face.Code);

    public IRunMeasurer WithFonts(IReadOnlyList<FontFile> fonts) => fonts.Count == 0 ? this : new FontRunMeasurer(measurer.WithFonts(fonts));
}
