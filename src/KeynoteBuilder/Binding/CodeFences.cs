using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Binding;

/// <summary>
/// A Markdown code fence (a line starting with <c>```</c>) in text or a bullet is not inline markup:
/// its lines would flow into one line of code with the language name shown. It is an error at the fence.
/// </summary>
public static class CodeFences
{
    private const string Fence = "```";

    /// <summary>Reports the first fence of <paramref name="node"/>'s value, if it has one.</summary>
    public static bool Report(YamlNode node, string value, string what, BindContext context)
    {
        if (!HasFenceLine(value))
        {
            return false;
        }

        context.Diagnostics.Error(Codes.CodeFence, Locate(node, context.Document.Text),
            $"a ``` code fence in {what} would become one line of inline code; put the listing in a slide's `code:` body "
            + "(with `language:` for colours), or show short code as `inline code`");
        return true;
    }

    private static bool HasFenceLine(string value)
    {
        foreach (var line in value.AsSpan().EnumerateLines())
        {
            if (line.TrimStart().StartsWith(Fence, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fence as written in the source; the value's start when it cannot be found (an escape in quotes).</summary>
    private static SourcePosition Locate(YamlNode node, string source)
    {
        var end = Math.Min(node.EndIndex, source.Length);
        var start = Math.Clamp(node.StartIndex, 0, end);
        var at = source.IndexOf(Fence, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return BindContext.ContentStart(node);
        }

        var lineStart = source.LastIndexOf('\n', at - 1 < 0 ? 0 : at - 1);
        var breaks = source.AsSpan(start, at - start).Count('\n');
        return breaks == 0
            ? node.Start with { Column = node.Start.Column + (at - start) }
            : node.Start with { Line = node.Start.Line + breaks, Column = at - lineStart };
    }
}
