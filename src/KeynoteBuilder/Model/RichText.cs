using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Model;

/// <summary>
/// A piece of text with one style. <see cref="Emphasis"/> is set by an emphasis step (bold, emphasis colour).
/// <see cref="Color"/> (six hex digits) is the run's own colour, such as a syntax highlighter's; null takes the paragraph's.
/// </summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false, bool Code = false, string? Link = null, bool Emphasis = false, string? Color = null);

/// <summary>Text with inline markup already parsed, and where it was written.</summary>
public sealed record RichText(IReadOnlyList<TextRun> Runs, SourcePosition Position)
{
    public string Plain { get; } = string.Concat(Runs.Select(r => r.Text));

    public static RichText FromPlain(string text, SourcePosition position) => new([new TextRun(text)], position);

    public override string ToString() => Plain;
}
