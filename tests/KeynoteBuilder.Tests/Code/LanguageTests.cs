using KeynoteBuilder.Bodies.Code;

namespace KeynoteBuilder.Tests.Code;

/// <summary>Every language a deck may name loads its grammar and colours a typical snippet.</summary>
public sealed class LanguageTests
{
    private static readonly Dictionary<string, string> Snippets = new()
    {
        ["bash"] = "if [ -f \"$HOME/.rc\" ]; then echo hi; fi # note",
        ["batch"] = "@echo off\nset NAME=world\nREM a comment",
        ["c"] = "int main(void) { return 0; } /* done */",
        ["clojure"] = "(defn square [x] (* x x)) ; note",
        ["cpp"] = "template <typename T> class Box { T value; }; // note",
        ["csharp"] = "public sealed class Box { private int _value = 42; } // note",
        ["css"] = "body { color: #333; margin: 0 auto; }",
        ["dart"] = "void main() { var x = 'hi'; print(x); } // note",
        ["diff"] = "--- a/x.c\n+++ b/x.c\n@@ -1 +1 @@\n-old\n+new",
        ["dockerfile"] = "FROM debian:12\nRUN apt-get update # refresh\nCOPY . /app",
        ["fsharp"] = "let square x = x * x // note",
        ["go"] = "package main\nfunc main() { fmt.Println(\"hi\") } // note",
        ["groovy"] = "def name = 'world' // note\nprintln \"hi ${name}\"",
        ["html"] = "<p class=\"note\">Hello <b>world</b></p>",
        ["ini"] = "[server]\nport = 8080 ; note",
        ["java"] = "public class Main { public static void main(String[] a) { } } // note",
        ["javascript"] = "const x = 42; function f() { return 'hi'; } // note",
        ["json"] = "{ \"name\": \"kvm\", \"version\": 2, \"ok\": true }",
        ["julia"] = "function square(x) return x^2 end # note",
        ["latex"] = "\\section{Intro} Some \\textbf{bold} text % note",
        ["lua"] = "local x = 42 -- note\nfunction f() return 'hi' end",
        ["makefile"] = "all: main.o\n\t$(CC) -o app main.o # link",
        ["markdown"] = "# Title\nSome **bold** text and `code`.",
        ["objective-c"] = "@interface Box : NSObject\n@property int value; // note\n@end",
        ["perl"] = "my $name = 'world'; print \"hi $name\\n\"; # note",
        ["php"] = "<?php $x = 42; echo \"hi\"; // note",
        ["powershell"] = "$name = 'world' # note\nWrite-Host \"hi $name\"",
        ["python"] = "def square(x):\n    return x * x  # note",
        ["r"] = "square <- function(x) x^2 # note",
        ["ruby"] = "def square(x) = x * x # note\nputs 'hi'",
        ["rust"] = "fn main() { let x: u32 = 42; println!(\"{}\", x); } // note",
        ["scss"] = "$main: #333;\n.box { color: $main; }",
        ["sql"] = "SELECT name, COUNT(*) FROM users WHERE id > 10 -- note",
        ["swift"] = "let x: Int = 42 // note\nfunc f() -> String { return \"hi\" }",
        ["typescript"] = "const x: number = 42; interface Box { value: string } // note",
        ["xml"] = "<?xml version=\"1.0\"?>\n<box value=\"1\"><!-- note --></box>",
        ["yaml"] = "title: Talk # note\nslides:\n  - bullets: [one, 2]",
    };

    [Fact]
    public void Every_language_has_a_snippet_here()
    {
        Assert.Equal(CodeLanguages.All.Select(l => l.Name).Order(StringComparer.Ordinal), Snippets.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_language_colours_its_snippet_in_at_least_two_colours()
    {
        var failures = new List<string>();
        foreach (var language in CodeLanguages.All)
        {
            var lines = Snippets[language.Name].Split('\n');
            var runs = SyntaxHighlighter.Highlight(lines, language, darkBackground: false).SelectMany(line => line).ToList();
            Assert.Equal(lines.Select(l => SyntaxHighlighter.ExpandTabs(l, 0)), SyntaxHighlighter.Highlight(lines, language, false).Select(l => string.Concat(l.Select(r => r.Text))));
            var colours = runs.Select(r => r.Color ?? "default").Distinct().Count();
            if (colours < 2)
            {
                failures.Add(language.Name);
            }
        }

        Assert.True(failures.Count == 0, "not coloured: " + string.Join(", ", failures));
    }

    /// <summary>
    /// The languages the format promises: a keyword takes a colour of its own, apart from plain text, strings
    /// ("zzz") and comments ("qqq"), so a listing is highlighted, not only its comments and strings greyed.
    /// </summary>
    [Theory]
    [InlineData("c", "int f(void) { return \"zzz\"; } /* qqq */", "return")]
    [InlineData("cpp", "class Box { const char* s = \"zzz\"; }; // qqq", "class")]
    [InlineData("csharp", "public class Box { string s = \"zzz\"; } // qqq", "public")]
    [InlineData("rust", "fn main() { let s = \"zzz\"; } // qqq", "let")]
    [InlineData("go", "func main() { if true { return } } // qqq \"zzz\"", "func")]
    [InlineData("python", "def f():\n    return \"zzz\"  # qqq", "return")]
    [InlineData("javascript", "function f() { return \"zzz\"; } // qqq", "return")]
    [InlineData("typescript", "function f(): string { return \"zzz\"; } // qqq", "return")]
    [InlineData("java", "public class M { String s = \"zzz\"; } // qqq", "public")]
    [InlineData("bash", "if [ -f \"zzz\" ]; then echo hi; fi # qqq", "if")]
    [InlineData("yaml", "key: \"zzz\" # qqq", "key")]
    [InlineData("json", "{ \"key\": \"zzz\", \"ok\": true }", "true")]
    [InlineData("sql", "SELECT 'zzz' FROM t -- qqq", "SELECT")]
    [InlineData("dockerfile", "FROM debian:12\nRUN echo \"zzz\" # qqq", "FROM")]
    public void A_keyword_has_its_own_colour_apart_from_text_strings_and_comments(string name, string snippet, string keyword)
    {
        var runs = SyntaxHighlighter.Highlight(snippet.Split('\n'), CodeLanguages.Find(name), darkBackground: false).SelectMany(line => line).ToList();
        string? ColourOf(string text) => runs.First(r => r.Text.Contains(text, StringComparison.Ordinal)).Color;

        var colour = ColourOf(keyword);
        Assert.NotNull(colour);
        Assert.NotEqual(ColourOf("zzz"), colour);
        if (snippet.Contains("qqq", StringComparison.Ordinal))
        {
            Assert.NotEqual(ColourOf("qqq"), colour);
        }
    }

    [Fact]
    public void A_diffs_removed_and_added_lines_differ_from_each_other_and_from_its_context()
    {
        var lines = SyntaxHighlighter.Highlight(["@@ -1,2 +1,2 @@", " same", "-old", "+new"], CodeLanguages.Find("diff"), darkBackground: false);
        var (context, removed, added) = (lines[1][0].Color, lines[2][0].Color, lines[3][0].Color);
        Assert.NotNull(removed);
        Assert.NotNull(added);
        Assert.Equal(3, new[] { context ?? "default", removed, added }.Distinct().Count());
    }

    [Theory]
    [InlineData("C", "c")]
    [InlineData("c++", "cpp")]
    [InlineData("Shell", "bash")]
    [InlineData("yml", "yaml")]
    [InlineData("Dockerfile", "dockerfile")]
    public void Languages_are_found_by_their_common_names_in_any_case(string written, string name)
    {
        Assert.Equal(name, CodeLanguages.Find(written)?.Name);
    }

    [Fact]
    public void A_dark_slide_gets_the_dark_theme_colours()
    {
        var language = CodeLanguages.Find("c")!;
        string Keyword(bool dark) => SyntaxHighlighter.Highlight(["return 0;"], language, dark)[0][0].Color!;
        Assert.NotEqual(Keyword(false), Keyword(true));
    }
}
