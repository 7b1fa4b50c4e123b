using KeynoteBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Reports text that YAML folded from lines that look like structure (see <see cref="FoldedScalar"/>),
/// whether the parser returned it or failed on it: at the line that looks like an item or a key,
/// with what the speaker most likely meant.
/// </summary>
internal sealed class FoldReporter(string file, string text, DiagnosticBag diagnostics)
{
    /// <summary>Reports a fold of the text <paramref name="node"/> (an item of a list when <paramref name="isItem"/>).</summary>
    public void Report(FoldedScalar.Fold fold, YamlScalar node, bool isItem)
    {
        var at = SourceLines.PositionAfter(node.Start, node.StartIndex, text, fold.LineAt);
        var what = fold.Line.StartsWith('-') ? "a nested item" : "a key";
        var line = node.Start.Line;
        var fix = (fold.KeyEnd >= 0, isItem) switch
        {
            (true, true) => $"quote the text before the colon on line {line}: `{text[SourceLines.LineStart(text, node.StartIndex)..node.StartIndex].TrimStart()}{SourceLines.Quoted(text[fold.KeyStart..fold.KeyEnd].TrimEnd())}:`",
            (false, true) => $"to nest it, end line {line} with a colon; if it belongs to the text, quote the text",
            _ => "if it is meant as a key or item of its own, line it up with the one above; if it belongs to the text, quote the text",
        };
        diagnostics.Error(Codes.FoldedLines, at,
            $"YAML joins this line to the text that starts on line {node.Start.Line}, so `{Shorten(fold.Line)}` becomes words of that text, not {what}; {fix}");
    }

    /// <summary>
    /// A fold that ends in a syntax error rather than a returned text: the scanner refuses a plain
    /// text with a <c>key:</c> line in it ("found invalid mapping"), starting after the <c>-</c> or
    /// <c>key:</c> the parser last read; or a one-line item ends with a colon YamlDotNet did not
    /// read as a key (what <see cref="StarWords"/> leaves, such as <c>- a *b*: c *d*:</c>) and its
    /// children follow. Reported like a returned fold; false if the error is not one.
    /// </summary>
    /// <param name="isItem">Whether the failing text is an item of a list (the parser was in a list).</param>
    public bool BeforeError(YamlException ex, Token? lastToken, Scalar? lastPlain, bool isItem)
    {
        var errorAt = (int)Math.Min(ex.Start.Index, text.Length);
        if (lastPlain is not null && isItem && ColonEndedItem(lastPlain, errorAt) is { } item)
        {
            var start = new SourcePosition(file, (int)lastPlain.Start.Line, (int)lastPlain.Start.Column);
            Report(item, new YamlScalar(start, item.KeyStart, item.KeyEnd + 1, lastPlain.Value, isPlain: true), isItem);
            return true;
        }

        var reason = $"{ex.Message} {ex.InnerException?.Message}";
        if (lastToken is not (BlockEntry or Value)
            || !reason.Contains("plain scalar", StringComparison.OrdinalIgnoreCase) || !reason.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var textStart = (int)lastToken.End.Index;
        while (textStart < errorAt && text[textStart] is ' ')
        {
            textStart++;
        }

        if (FoldedScalar.Inspect(text, textStart, SourceLines.LineEnd(text, errorAt)) is not { } fold)
        {
            return false;
        }

        Report(fold, new YamlScalar(SourceLines.Position(file, text, textStart), textStart, errorAt, "", isPlain: true), isItem);
        return true;
    }

    /// <summary>A one-line plain item ending in a colon, the error on a deeper line right below it: a key YamlDotNet did not read as one.</summary>
    private FoldedScalar.Fold? ColonEndedItem(Scalar scalar, int errorAt)
    {
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        if (!scalar.Value.EndsWith(':') || scalar.Start.Line != scalar.End.Line || errorAt < end
            || SourceLines.Indent(text, errorAt) <= SourceLines.Indent(text, start))
        {
            return null;
        }

        var lineAt = SourceLines.LineStart(text, errorAt) + SourceLines.Indent(text, errorAt);
        return SourceLines.OnlyBlankBetween(text, end, errorAt)
            ? new FoldedScalar.Fold(start, end - 1, lineAt, text[lineAt..SourceLines.LineEnd(text, lineAt)].TrimEnd())
            : null;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
