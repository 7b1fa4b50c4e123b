using System.Text;
using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Code;

/// <summary>
/// <c>code:</c> a listing from <c>text</c> or from a <c>file</c> beside the deck, optionally a range of its
/// <c>lines</c>, coloured as its <c>language</c>, with <c>highlight</c>ed lines on a band.
/// </summary>
public sealed class CodeKind : BodyKind<CodeBody>
{
    /// <summary>At 12 pt a slide holds about 25 lines; past 60 a listing is a file, not a slide.</summary>
    public const int MaxLines = 60;

    /// <summary>
    /// How many lines before a range the highlighter reads to know its state (inside a comment, a string).
    /// Tokenising costs about 0.15 ms a line, so a range at the end of a 20 MB file would take a minute;
    /// a range that starts deeper than this inside a comment is coloured as code.
    /// </summary>
    public const int MaxContextLines = 2000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string Key => "code";

    public override IReadOnlyList<string> BodyKeys => DeckKeys.Code.Names;

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        if (BodyMapping(value, context, "`code`") is not { } code)
        {
            return null;
        }

        var language = code.Get("language") is { } l ? Language(l, context) : null;
        if (Source(code, context) is not { } source)
        {
            return null;
        }

        var (all, positions) = source;
        if ((code.Get("lines") is { } linesNode ? Range(linesNode, all.Count, context) : (1, all.Count)) is not { } range)
        {
            return null;
        }

        var (first, last) = range;

        if (last - first + 1 > MaxLines)
        {
            context.Diagnostics.Error(Codes.TooManyCodeLines, code.Get("lines")?.Start ?? value.Start,
                $"this listing has {last - first + 1} lines, and a code slide shows at most {MaxLines}; pick the lines that matter with `lines: \"{first}-{first + 19}\"`, or split it across slides");
            return null;
        }

        var highlighted = code.Get("highlight") is { } h ? Highlighted(h, (first, last), context) : [];
        var shown = all.Skip(first - 1).Take(last - first + 1).ToList();
        var lines = shown.Select((text, i) => new CodeLine(
            RichText.FromPlain(SyntaxHighlighter.ExpandTabs(text, 0), positions(first + i)),
            first + i,
            highlighted.Contains(first + i))).ToList();
        var before = Math.Min(first - 1, MaxContextLines);
        return new CodeBody(value.Start, lines, all.Skip(first - 1 - before).Take(before).ToList(), shown, language);
    }

    private static CodeLanguage? Language(YamlNode node, BindContext context)
    {
        if (context.Text(node, "language") is not { } name)
        {
            return null;
        }

        if (CodeLanguages.Find(name) is { } language)
        {
            return language;
        }

        if (CodeLanguages.IsPlain(name))
        {
            return null;
        }

        var hint = DidYouMean.Closest(name.Trim(), CodeLanguages.Names);
        context.Diagnostics.Error(Codes.UnknownLanguage, node.Start,
            $"unknown language '{name}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; the known languages are {string.Join(", ", CodeLanguages.All.Select(l => l.Name))}, or leave `language` out for plain text");
        return null;
    }

    /// <summary>The listing's lines, and where line N (1-based) was written, from <c>text</c> or <c>file</c>.</summary>
    private static (List<string> Lines, Func<int, SourcePosition> Position)? Source(YamlMapping code, BindContext context)
    {
        var (text, file) = (code.Get("text"), code.Get("file"));
        if (text is not null && file is not null)
        {
            var second = code.Entries.Select(e => e.Key).Where(k => k.Value is "text" or "file").Last();
            context.Diagnostics.Error(Codes.CodeTextAndFile, second.Start,
                "`code` takes its lines from `text:` or from `file:`, not both; remove one of them");
            return null;
        }

        if (text is not null)
        {
            return context.Text(text, "the code's `text`") is { } written ? (SplitLines(written), n => TextLine(text, n, context.Document.Text)) : null;
        }

        if (file is null)
        {
            context.Diagnostics.Error(Codes.MissingKey, code.Start,
                "`code` needs `text:` with the code itself, or `file:` with a path relative to the deck (and optionally `lines: \"10-24\"`)");
            return null;
        }

        if (context.Text(file, "the code's `file`") is not { } path || context.Files.ReadBytes(path, file.Start, context.Diagnostics) is not { } bytes)
        {
            return null;
        }

        try
        {
            var content = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            if (content.Contains('\0', StringComparison.Ordinal))
            {
                throw new DecoderFallbackException("a NUL byte");
            }

            var lines = SplitLines(content);
            if (lines.All(l => l.Trim().Length == 0))
            {
                context.Diagnostics.Error(Codes.EmptyText, file.Start, $"'{path}' is empty; a code slide needs lines to show");
                return null;
            }

            return (lines, _ => file.Start);
        }
        catch (DecoderFallbackException)
        {
            context.Diagnostics.Error(Codes.CodeNotText, file.Start, $"'{path}' is not UTF-8 text (it looks binary, or uses another encoding); save it as UTF-8, or show it some other way");
            return null;
        }
    }

    /// <summary>Lines as an editor numbers them: a last line break does not start another line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Where line <paramref name="n"/> of a text value was written: a block scalar's lines start below its <c>|</c>.</summary>
    private static SourcePosition TextLine(YamlNode text, int n, string source)
    {
        var block = text.StartIndex < source.Length && source[text.StartIndex] is '|' or '>';
        if (!block)
        {
            return BindContext.ContentStart(text);
        }

        var lineStart = source.IndexOf('\n', text.StartIndex) + 1;
        var indent = 0;
        while (lineStart > 0 && lineStart + indent < source.Length && source[lineStart + indent] == ' ')
        {
            indent++;
        }

        return text.Start with { Line = text.Start.Line + n, Column = indent + 1 };
    }

    private static (int, int)? Range(YamlNode node, int count, BindContext context)
    {
        if (context.Text(node, "lines") is not { } text)
        {
            return null;
        }

        if (LineNumbers.Parse(text, out var problem) is not { } range)
        {
            context.Diagnostics.Error(Codes.BadLineRange, node.Start, $"`lines: {text}` is not a line range: {problem}");
            return null;
        }

        if (range.Last > count)
        {
            context.Diagnostics.Error(Codes.LinesOutsideCode, node.Start,
                $"`lines: {text}` asks for {LineNumbers.Describe(range)}, but the code has {count} line{(count == 1 ? "" : "s")}; "
                + (range.First <= count ? $"write `lines: \"{range.First}-{count}\"` for the lines up to its end" : $"pick lines between 1 and {count}"));
            return null;
        }

        return range;
    }

    /// <summary>The highlighted line numbers, each checked to be among the <paramref name="shown"/> ones.</summary>
    private static HashSet<int> Highlighted(YamlNode node, (int First, int Last) shown, BindContext context)
    {
        var result = new HashSet<int>();
        var items = node is YamlSequence list ? list.Items : [node];
        foreach (var item in items)
        {
            if (context.Text(item, "a highlighted line") is not { } text)
            {
                continue;
            }

            if (LineNumbers.Parse(text, out var problem) is not { } range)
            {
                context.Diagnostics.Error(Codes.BadHighlight, item.Start, $"highlight '{text}' is not a line or a range: {problem}");
            }
            else if (range.First < shown.First || range.Last > shown.Last)
            {
                context.Diagnostics.Error(Codes.BadHighlight, item.Start,
                    $"highlight {LineNumbers.Describe(range)} is outside the code shown ({LineNumbers.Describe(shown)}); number highlighted lines as the file or text numbers them");
            }
            else
            {
                result.UnionWith(Enumerable.Range(range.First, range.Last - range.First + 1));
            }
        }

        return result;
    }

    protected override void Layout(CodeBody body, Box area, LayoutContext context) => CodeLayout.Place(body, area, context);
}
