using System.Reflection;
using System.Text;
using KeynoteBuilder.Model;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;
using Theme = TextMateSharp.Themes.Theme;

namespace KeynoteBuilder.Bodies.Code;

/// <summary>
/// Colours code with VS Code's TextMate grammars and its Light+ theme (Dark+ on a dark slide), as
/// coloured runs. Grammars are stateful, so a listing is tokenised from its first line; a grammar is
/// read once per process. TextMateSharp is not thread-safe: one highlight runs at a time.
/// </summary>
public static class SyntaxHighlighter
{
    /// <summary>A tab moves to the next multiple of this many columns; spaces, so every client aligns it alike.</summary>
    public const int TabWidth = 4;

    /// <summary>A line whose tokens take longer than this is left plain from there on, rather than stall the build.</summary>
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(1);

    private static readonly Lock Gate = new();
    private static readonly Dictionary<bool, (Registry Registry, Theme Theme)> Registries = [];
    private static readonly Dictionary<(bool Dark, string Scope), IGrammar?> Grammars = [];

    /// <summary>Each line's runs, tabs expanded, coloured as <paramref name="language"/> (plain when null).</summary>
    public static IReadOnlyList<IReadOnlyList<TextRun>> Highlight(IReadOnlyList<string> lines, CodeLanguage? language, bool darkBackground)
    {
        if (language is null)
        {
            return lines.Select(line => (IReadOnlyList<TextRun>)[new TextRun(ExpandTabs(line, 0), Code: true)]).ToList();
        }

        lock (Gate)
        {
            var (grammar, theme) = Load(language, darkBackground);
            var result = new List<IReadOnlyList<TextRun>>(lines.Count);
            IStateStack? state = null;
            foreach (var line in lines)
            {
                var runs = new LineRuns();
                if (grammar is null)
                {
                    runs.Add(line, null, FontStyle.None);
                }
                else
                {
                    var tokens = grammar.TokenizeLine(line, state, LineTimeLimit);
                    state = tokens.RuleStack;
                    var covered = 0;
                    foreach (var token in tokens.Tokens)
                    {
                        var (start, end) = (Math.Min(token.StartIndex, line.Length), Math.Min(token.EndIndex, line.Length));
                        var (color, style) = Style(theme, token.Scopes);
                        runs.Add(line[start..end], color, style);
                        covered = Math.Max(covered, end);
                    }

                    // Stopped by the time limit: the rest of the line is shown, plain.
                    runs.Add(line[covered..], null, FontStyle.None);
                }

                result.Add(runs.Runs);
            }

            return result;
        }
    }

    private static (IGrammar? Grammar, Theme Theme) Load(CodeLanguage language, bool dark)
    {
        if (!Registries.TryGetValue(dark, out var entry))
        {
            var registry = new Registry(new EmbeddedGrammars(dark ? "dark_plus.json" : "light_plus.json"));
            Registries[dark] = entry = (registry, registry.GetTheme());
        }

        if (!Grammars.TryGetValue((dark, language.Scope), out var grammar))
        {
            Grammars[(dark, language.Scope)] = grammar = entry.Registry.LoadGrammar(language.Scope);
        }

        return (grammar, entry.Theme);
    }

    /// <summary>The first foreground and font style the theme gives the token's scopes, most specific first.</summary>
    private static (string? Color, FontStyle Style) Style(Theme theme, List<string> scopes)
    {
        string? color = null;
        var style = FontStyle.NotSet;
        foreach (var rule in theme.Match(scopes))
        {
            if (color is null && rule.foreground > 0)
            {
                color = theme.GetColor(rule.foreground).TrimStart('#').ToUpperInvariant()[..6];
            }

            if (style == FontStyle.NotSet && rule.fontStyle > 0)
            {
                style = rule.fontStyle;
            }
        }

        return (color, style);
    }

    /// <summary>Tabs as spaces up to the next tab stop, counting columns from <paramref name="column"/>.</summary>
    public static string ExpandTabs(string text, int column)
    {
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return text;
        }

        var expanded = new StringBuilder(text.Length + TabWidth);
        foreach (var c in text)
        {
            if (c == '\t')
            {
                expanded.Append(' ', TabWidth - ((column + expanded.Length) % TabWidth));
            }
            else
            {
                expanded.Append(c);
            }
        }

        return expanded.ToString();
    }

    /// <summary>A line's runs being built: neighbouring tokens of one style are merged, tabs expanded by column.</summary>
    private sealed class LineRuns
    {
        private int _column;

        public List<TextRun> Runs { get; } = [];

        public void Add(string text, string? color, FontStyle style)
        {
            if (text.Length == 0)
            {
                return;
            }

            text = ExpandTabs(text, _column);
            _column += text.Length;
            var bold = style > 0 && style.HasFlag(FontStyle.Bold);
            var italic = style > 0 && style.HasFlag(FontStyle.Italic);
            if (Runs.Count > 0 && Runs[^1] is var last && last.Color == color && last.Bold == bold && last.Italic == italic)
            {
                Runs[^1] = last with { Text = last.Text + text };
                return;
            }

            Runs.Add(new TextRun(text, bold, italic, Code: true, Color: color));
        }
    }

    /// <summary>
    /// Grammars and themes read straight from TextMateSharp.Grammars' resources, with its own JSON
    /// reader (no reflection, so the native executable stays trim-clean).
    /// </summary>
    private sealed class EmbeddedGrammars(string theme) : IRegistryOptions
    {
        private const string Root = "TextMateSharp.Grammars.Resources.";

        private static readonly Assembly Resources = typeof(RegistryOptions).Assembly;

        public IRawTheme? GetTheme(string scopeName) =>
            Open("Themes." + scopeName.Replace("./", "", StringComparison.Ordinal)) is { } reader ? ThemeReader.ReadThemeSync(reader) : null;

        public IRawGrammar? GetGrammar(string scopeName) =>
            CodeLanguages.GrammarOf(scopeName) is { } file && Open("Grammars." + file) is { } reader ? GrammarReader.ReadGrammarSync(reader) : null;

        public ICollection<string>? GetInjections(string scopeName) => null;

        public IRawTheme? GetDefaultTheme() => GetTheme(theme);

        private static StreamReader? Open(string name)
        {
            var stream = Resources.GetManifestResourceStream(Root + name);
            return stream is null ? null : new StreamReader(stream);
        }
    }
}
