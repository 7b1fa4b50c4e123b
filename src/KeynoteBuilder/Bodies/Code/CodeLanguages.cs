namespace KeynoteBuilder.Bodies.Code;

/// <summary>A language a <c>code:</c> body can be highlighted as: its name in a deck, other names for it, and its TextMate grammar.</summary>
public sealed record CodeLanguage(string Name, IReadOnlyList<string> Aliases, string Scope, string Grammar);

/// <summary>
/// The languages of the grammars TextMateSharp.Grammars ships (VS Code's), by the names speakers write.
/// Only the grammar a deck asks for is read: the package's own catalogue reads every grammar's
/// manifest and snippets first, about half a second on each build.
/// </summary>
public static class CodeLanguages
{
    public static IReadOnlyList<CodeLanguage> All { get; } =
    [
        new("bash", ["sh", "shell", "shellscript", "zsh"], "source.shell", "shellscript.syntaxes.shell-unix-bash.tmLanguage.json"),
        new("batch", ["bat", "cmd"], "source.batchfile", "bat.syntaxes.batchfile.tmLanguage.json"),
        new("c", [], "source.c", "cpp.syntaxes.c.tmLanguage.json"),
        new("clojure", ["clj"], "source.clojure", "clojure.syntaxes.clojure.tmLanguage.json"),
        new("cpp", ["c++", "cxx", "cc"], "source.cpp", "cpp.syntaxes.cpp.tmLanguage.json"),
        new("csharp", ["c#", "cs"], "source.cs", "csharp.syntaxes.csharp.tmLanguage.json"),
        new("css", [], "source.css", "css.syntaxes.css.tmLanguage.json"),
        new("dart", [], "source.dart", "dart.syntaxes.dart.tmLanguage.json"),
        new("diff", ["patch"], "source.diff", "diff.syntaxes.diff.tmLanguage.json"),
        new("dockerfile", ["docker", "containerfile"], "source.dockerfile", "docker.syntaxes.docker.tmLanguage.json"),
        new("fsharp", ["f#", "fs"], "source.fsharp", "fsharp.syntaxes.fsharp.tmLanguage.json"),
        new("go", ["golang"], "source.go", "go.syntaxes.go.tmLanguage.json"),
        new("groovy", ["gradle"], "source.groovy", "groovy.syntaxes.groovy.tmLanguage.json"),
        new("html", ["htm"], "text.html.basic", "html.syntaxes.html.tmLanguage.json"),
        new("ini", ["properties"], "source.ini", "ini.syntaxes.ini.tmLanguage.json"),
        new("java", [], "source.java", "java.syntaxes.java.tmLanguage.json"),
        new("javascript", ["js", "node"], "source.js", "javascript.syntaxes.JavaScript.tmLanguage.json"),
        new("json", [], "source.json", "json.syntaxes.JSON.tmLanguage.json"),
        new("julia", ["jl"], "source.julia", "julia.syntaxes.julia.tmLanguage.json"),
        new("latex", ["tex"], "text.tex.latex", "latex.syntaxes.LaTeX.tmLanguage.json"),
        new("lua", [], "source.lua", "lua.syntaxes.lua.tmLanguage.json"),
        new("makefile", ["make"], "source.makefile", "make.syntaxes.make.tmLanguage.json"),
        new("markdown", ["md"], "text.html.markdown", "markdownbasics.syntaxes.markdown.tmLanguage.json"),
        new("objective-c", ["objc"], "source.objc", "objectivec.syntaxes.objective-c.tmLanguage.json"),
        new("perl", ["pl"], "source.perl", "perl.syntaxes.perl.tmLanguage.json"),
        new("php", [], "source.php", "php.syntaxes.php.tmLanguage.json"),
        new("powershell", ["ps1", "pwsh"], "source.powershell", "powershell.syntaxes.powershell.tmLanguage.json"),
        new("python", ["py", "python3"], "source.python", "python.syntaxes.MagicPython.tmLanguage.json"),
        new("r", [], "source.r", "r.syntaxes.r.tmLanguage.json"),
        new("ruby", ["rb"], "source.ruby", "ruby.syntaxes.ruby.tmLanguage.json"),
        new("rust", ["rs"], "source.rust", "rust.syntaxes.rust.tmLanguage.json"),
        new("scss", [], "source.css.scss", "scss.syntaxes.scss.tmLanguage.json"),
        new("sql", [], "source.sql", "sql.syntaxes.sql.tmLanguage.json"),
        new("swift", [], "source.swift", "swift.syntaxes.swift.tmLanguage.json"),
        new("typescript", ["ts"], "source.ts", "typescriptbasics.syntaxes.TypeScript.tmLanguage.json"),
        new("xml", ["svg"], "text.xml", "xml.syntaxes.xml.tmLanguage.json"),
        new("yaml", ["yml"], "source.yaml", "yaml.syntaxes.yaml.tmLanguage.json"),
    ];

    /// <summary>Grammars that the listed ones embed (a regular expression in Python, a macro in C++), found by their scope.</summary>
    private static readonly Dictionary<string, string> Embedded = new(StringComparer.Ordinal)
    {
        ["source.regexp.python"] = "python.syntaxes.MagicRegExp.tmLanguage.json",
        ["source.cpp.embedded.macro"] = "cpp.syntaxes.cpp.embedded.macro.tmLanguage.json",
        ["text.tex"] = "latex.syntaxes.TeX.tmLanguage.json",
        ["text.html.php"] = "php.syntaxes.html.tmLanguage.json",
    };

    private static readonly Dictionary<string, CodeLanguage> ByName = All
        .SelectMany(l => l.Aliases.Prepend(l.Name).Select(name => (name, l)))
        .ToDictionary(e => e.name, e => e.l, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name a deck may write, for messages and did-you-mean.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>What other tools call a listing without colours (Markdown's ```text, Pandoc's plain): shown as plain code.</summary>
    public static IReadOnlyList<string> PlainNames { get; } = ["text", "plaintext", "plain", "txt", "none"];

    public static bool IsPlain(string name) => PlainNames.Contains(name.Trim().ToLowerInvariant());

    public static CodeLanguage? Find(string name) => ByName.GetValueOrDefault(name.Trim());

    /// <summary>The grammar file (a resource of TextMateSharp.Grammars) for a scope, or null for a scope no listed grammar has.</summary>
    public static string? GrammarOf(string scope) =>
        All.FirstOrDefault(l => l.Scope == scope)?.Grammar ?? Embedded.GetValueOrDefault(scope);
}
