using KeynoteBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Turns a YamlDotNet syntax error into the message for the slip a speaker most likely made: a quote
/// that is not closed, a quoted item with children, text that starts with a YAML indicator, a lone
/// surrogate escape. Anything else keeps the parser's own words, at its position.
/// </summary>
internal static class SyntaxErrors
{
    /// <param name="restore">Turns a value the parser read back into what the speaker wrote (see <see cref="StarWords"/>).</param>
    public static void Report(string file, string text, YamlException ex, Scalar? lastQuoted, Func<string, string> restore, DiagnosticBag diagnostics)
    {
        var reason = (ex.InnerException as YamlException ?? ex).Message.Trim().TrimEnd('.');
        var at = (int)Math.Min(ex.Start.Index, text.Length);
        var position = new SourcePosition(file, (int)ex.Start.Line, (int)ex.Start.Column);
        if (reason.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
        {
            var escape = FindSurrogateEscape(text, at);
            var written = escape < 0 ? "\\uD800" : text.Substring(escape, 6);
            diagnostics.Error(Codes.LoneSurrogate, escape < 0 ? position : SourceLines.Position(file, text, escape),
                $"`{written}` is half of a UTF-16 surrogate pair, not a character; write the character itself, or its code point as `\\U` and eight hex digits (`\\U0001F600`)");
        }
        else if (reason.Contains("quoted scalar", StringComparison.Ordinal) && at < text.Length && text[at] is '"' or '\'')
        {
            diagnostics.Error(Codes.UnclosedQuote, position,
                $"this {QuoteName(text[at])} is never closed, so YAML reads on into the lines below; close it at the end of the text on this line{InnerQuoteHint(text[at])}");
        }
        else if (reason.Contains("cannot start any token", StringComparison.Ordinal) && at < text.Length && text[at] is '`' or '@')
        {
            diagnostics.Error(Codes.UnquotedIndicator, position,
                $"unquoted YAML text cannot start with {(text[at] == '@' ? "@" : "a backtick")}; quote the whole text: `{QuotedLine(text, at)}`");
        }
        else if (lastQuoted is { } quoted && ex.Start.Index >= quoted.End.Index
                 && Explain(file, text, ex, quoted, restore(quoted.Value), diagnostics))
        {
            // Reported as the quote's slip.
        }
        else
        {
            diagnostics.Error(Codes.YamlSyntax, position,
                $"YAML syntax error: {char.ToLowerInvariant(reason[0])}{reason[1..]}; check indentation, colons and quotes here");
        }
    }

    /// <summary>The line as written from <paramref name="at"/> on, quoted, after what precedes it (<c>- </c> or <c>key: </c>).</summary>
    public static string QuotedLine(string text, int at) =>
        text[SourceLines.LineStart(text, at)..at].TrimStart() + SourceLines.Quoted(SourceLines.RestOfLine(text, at));

    /// <summary>A syntax error just after a quoted text: the quote closed too late or too early, or the text has children.</summary>
    private static bool Explain(string file, string text, YamlException ex, Scalar quoted, string quotedValue, DiagnosticBag diagnostics)
    {
        var quote = QuoteName(quoted.Style == ScalarStyle.DoubleQuoted ? '"' : '\'');
        var start = new SourcePosition(file, (int)quoted.Start.Line, (int)quoted.Start.Column);
        if (ex.Start.Line == quoted.End.Line && quoted.Start.Line < quoted.End.Line)
        {
            diagnostics.Error(Codes.UnclosedQuote, start,
                $"this {quote} is not closed on line {quoted.Start.Line}, so the text runs on to the {quote} on line {quoted.End.Line} and YAML cannot read what follows it; close the quote on line {quoted.Start.Line}");
            return true;
        }

        if (ex.Start.Line == quoted.End.Line)
        {
            var closing = start with { Column = (int)quoted.End.Column - 1 };
            diagnostics.Error(Codes.UnclosedQuote, closing,
                $"the quoted text ends at this {quote} and YAML cannot read the rest of the line{InnerQuoteHint(quote[0])}");
            return true;
        }

        var itemIndent = SourceLines.Indent(text, (int)quoted.Start.Index);
        if (quoted.Start.Line != quoted.End.Line || !SourceLines.OnlyBlankBetween(text, (int)quoted.End.Index, (int)ex.Start.Index) || SourceLines.Indent(text, (int)ex.Start.Index) <= itemIndent)
        {
            return false;
        }

        var prefix = text[SourceLines.LineStart(text, (int)quoted.Start.Index)..(int)quoted.Start.Index].TrimStart();
        var value = quotedValue.TrimEnd();
        var message = value.EndsWith(':')
            ? $"the colon is inside the quotes, so this item is text and cannot have the indented lines below it; put the colon after the closing quote: `{prefix}{SourceLines.Quoted(value[..^1].TrimEnd())}:`"
            : $"this item is quoted text, so it cannot have the indented lines below it; to give it sub-items, add a colon after the closing quote: `{prefix}{SourceLines.Quoted(value)}:`";
        diagnostics.Error(Codes.QuotedParent, start, message);
        return true;
    }

    private static string QuoteName(char quote) => quote == '"' ? "\" quote" : "' quote";

    private static string InnerQuoteHint(char quote) => quote == '"'
        ? " (a \" inside double quotes is written \\\", or quote the text with ' instead)"
        : " (an apostrophe inside single quotes is written twice, '', or quote the text with \" instead)";

    /// <summary>Offset of the first <c>\uD800</c>-<c>\uDFFF</c> escape from <paramref name="from"/>, or -1.</summary>
    private static int FindSurrogateEscape(string text, int from)
    {
        for (var i = text.IndexOf("\\u", from, StringComparison.OrdinalIgnoreCase); i >= 0 && i + 6 <= text.Length;
             i = text.IndexOf("\\u", i + 2, StringComparison.OrdinalIgnoreCase))
        {
            if (text[i + 2] is 'd' or 'D' && text[i + 3] is >= '8' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F')
            {
                return i;
            }
        }

        return -1;
    }
}
