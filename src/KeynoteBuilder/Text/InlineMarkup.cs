using System.Text;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Text;

/// <summary>
/// Parses <c>**bold**</c>, <c>*italic*</c>, <c>`code`</c>, <c>[text](url)</c> and backslash escapes.
/// Everything else is literal: <c>_</c> in <c>SPECvirt_sc</c> is text, and so is a <c>*</c> followed by a space.
/// The text is one paragraph: line breaks inside it (a quoted or block scalar) become spaces, as in Markdown.
/// </summary>
public static class InlineMarkup
{
    private static readonly string[] AllowedSchemes = ["http://", "https://", "mailto:"];

    /// <param name="at">Position of the first character of <paramref name="text"/>, to locate errors inside it.</param>
    public static RichText Parse(string text, SourcePosition at, DiagnosticBag diagnostics)
    {
        text = TextParagraphs.OneLine(text);
        var runs = new List<TextRun>();
        var buffer = new StringBuilder();
        bool bold = false, italic = false;
        LinkScan? links = null;
        int boldAt = 0, italicAt = 0;

        void Flush(string? link = null, bool code = false)
        {
            if (buffer.Length > 0)
            {
                runs.Add(new TextRun(buffer.ToString(), bold, italic, code, link));
                buffer.Clear();
            }
        }

        SourcePosition Pos(int offset) => at with { Column = at.Column + offset };

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '*' or '`' or '[' or ']' or '\\' or '(' or ')' or '_')
            {
                buffer.Append(text[++i]);
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*' && (bold || Opens(text, i + 2)))
            {
                Flush();
                bold = !bold;
                boldAt = i;
                i++;
            }
            else if (c == '*' && (italic || Opens(text, i + 1)))
            {
                Flush();
                italic = !italic;
                italicAt = i;
            }
            else if (c == '`')
            {
                var close = text.IndexOf('`', i + 1);
                if (close < 0)
                {
                    diagnostics.Error(Codes.UnbalancedMarkup, Pos(i), "this ` opens code text that is never closed; add the closing ` or write \\`");
                    buffer.Append(c);
                    continue;
                }

                Flush();
                buffer.Append(text, i + 1, close - i - 1);
                Flush(code: true);
                i = close;
            }
            else if (c == '[' && TryLink(text, i, links ??= new LinkScan(text), out var label, out var url, out var end))
            {
                if (!AllowedSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Error(Codes.BadLink, Pos(i + label.Length + 3),
                        $"the link '{Shorten(url)}' is not allowed; links start with http://, https:// or mailto:");
                    buffer.Append(label);
                }
                else if (!Uri.TryCreate(LinkAddress.Encode(url), UriKind.Absolute, out _))
                {
                    // The package stores links as URIs: one that does not parse (a 300-character host name,
                    // say) would fail the writer, so it is the deck's error, at the link.
                    diagnostics.Error(Codes.BadLink, Pos(i + label.Length + 3),
                        $"the link '{Shorten(url)}' is not a valid address; check it for typos");
                    buffer.Append(label);
                }
                else
                {
                    Flush();
                    buffer.Append(label);
                    Flush(link: LinkAddress.Encode(url));
                }

                i = end;
            }
            else
            {
                buffer.Append(c);
            }
        }

        Flush();
        if (bold)
        {
            diagnostics.Error(Codes.UnbalancedMarkup, Pos(boldAt), "this ** opens bold text that is never closed; add the closing ** or write \\*\\*");
        }

        if (italic)
        {
            diagnostics.Error(Codes.UnbalancedMarkup, Pos(italicAt), "this * opens italic text that is never closed; add the closing * or write \\*");
        }

        return new RichText(runs, at);
    }

    /// <summary>A marker opens only before a non-space character, so "5 * 3" stays literal.</summary>
    private static bool Opens(string text, int next) => next < text.Length && !char.IsWhiteSpace(text[next]);

    private static bool TryLink(string text, int start, LinkScan links, out string label, out string url, out int end)
    {
        label = url = "";
        end = start;
        var closeLabel = links.Middle(start);
        if (closeLabel < 0)
        {
            return false;
        }

        var closeUrl = links.Closing(closeLabel + 1);
        if (closeUrl < 0)
        {
            return false;
        }

        label = text[(start + 1)..closeLabel].Replace("\\_", "_", StringComparison.Ordinal);
        url = text[(closeLabel + 2)..closeUrl].Trim();
        end = closeUrl;
        return url.Length > 0;
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";
}
