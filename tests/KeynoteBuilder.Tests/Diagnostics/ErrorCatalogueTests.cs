using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Diagnostics;

/// <summary>
/// The error catalogue: every code is explained in docs/errors.md (generated from Codes.Catalogue and the
/// case folder), used by the compiler, and shown by at least one case. To regenerate the document:
/// UPDATE_GOLDEN=1 dotnet test --filter ErrorCatalogueTests.
/// </summary>
public sealed partial class ErrorCatalogueTests
{
    // Codes that no small case file can show, and where they are tested instead.
    private static readonly Dictionary<string, string> ShownElsewhere = new()
    {
        [Codes.FileTooLarge] = "a deck over 4 MiB; tests/KeynoteBuilder.Tests/Loading/LimitTests.cs builds a 100 MB one",
        [Codes.NotARegularFile] = "a named pipe, which git cannot hold; tests/KeynoteBuilder.Tests/Files/ReferencedFileTests.cs makes one with mkfifo",
        [Codes.PackageTooLarge] = "a package over 512 MiB; tests/KeynoteBuilder.Tests/Pipeline/DeckLimitTests.cs shows it with a smaller cap",
        [Codes.UndrawableShape] = "a shape kind the renderer does not know, which no deck makes yet; tests/KeynoteBuilder.Tests/Render/RenderOutputTests.cs adds one to a laid-out deck",
        [Codes.UndrawablePicture] = "a picture that does not decode, which the binder refuses in a deck; tests/KeynoteBuilder.Tests/Render/RenderOutputTests.cs puts one in a laid-out deck",
        [Codes.MissingGlyphInPicture] = "a renderer warning, and the cases build only the .pptx; tests/KeynoteBuilder.Tests/Render/SlideScriptRenderTests.cs draws CJK slide text without theme.fonts",
        [Codes.UndrawableTemplateArt] = "a renderer warning about a template's master, and the cases build only the .pptx; tests/KeynoteBuilder.Tests/Render/TemplateArtRenderTests.cs draws a template with a group on its master",
    };

    private static string CasesFolder => RepoPaths.File("tests", "cases");

    [Fact]
    public void Docs_errors_md_is_up_to_date()
    {
        var path = RepoPaths.File("docs", "errors.md");
        var generated = Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == generated,
            "docs/errors.md is out of date with Codes.Catalogue or tests/cases; regenerate it with UPDATE_GOLDEN=1 dotnet test --filter ErrorCatalogueTests and review the diff");
    }

    [Fact]
    public void Every_code_is_in_the_catalogue_and_used_by_the_compiler()
    {
        var constants = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        Assert.Equal(constants.Values.Order(StringComparer.Ordinal), Codes.Catalogue.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Equal(constants.Count, constants.Values.Distinct().Count());

        var source = string.Join("\n", Directory.GetFiles(RepoPaths.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "Codes.cs")
            .Select(File.ReadAllText));
        Assert.All(constants.Keys, name => Assert.True(source.Contains("Codes." + name, StringComparison.Ordinal), $"Codes.{name} is never reported by the compiler"));
    }

    [Fact]
    public void Every_code_has_a_case_and_there_are_at_least_forty_error_cases()
    {
        var expected = ExpectedOutputs();
        Assert.True(expected.Count(e => e.Key.StartsWith("err-", StringComparison.Ordinal)) >= 40, "the catalogue promises at least 40 error cases");
        foreach (var (code, _, _) in Codes.Catalogue.Where(c => !ShownElsewhere.ContainsKey(c.Code)))
        {
            Assert.True(expected.Values.Any(text => text.Contains(code, StringComparison.Ordinal)), $"no case in tests/cases shows {code}; add one");
        }
    }

    [Fact]
    public void Every_message_has_file_line_column_severity_and_code()
    {
        // Every case that fails, whatever its name (err-*, code-err-*, cols-err-*, img-err-*...).
        var failing = ExpectedOutputs().Where(e => e.Value.StartsWith("exit 1\n", StringComparison.Ordinal)).ToList();
        Assert.True(failing.Count >= 60, $"only {failing.Count} failing cases found");
        foreach (var (name, text) in failing)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            Assert.True(lines.Count >= 2, $"{name}: no message");
            Assert.All(lines.SkipLast(1), line => Assert.Matches(MessageLine(), line));
            Assert.Matches(@"^keynote: \d+ errors?(, \d+ warnings?)?; nothing written$", lines[^1]);
        }
    }

    private static Dictionary<string, string> ExpectedOutputs() =>
        Directory.GetFiles(CasesFolder, "*.expected").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, File.ReadAllText);

    private static string Generate()
    {
        var expected = ExpectedOutputs();
        var text = new StringBuilder();
        text.Append("""
            # Error and warning codes

            Every message KeynoteBuilder prints about a deck has one form, like a compiler's:

            ```text
            deck.yaml:12:7: error KB0103: unknown key 'bulets' in a slide; did you mean 'bullets'?
            ```

            The file, then the line and column (both from 1) of the key or value at fault, `error` or
            `warning`, a stable code, and what is wrong and how to fix it. All the errors of a deck are
            reported in one run, sorted by position; a deck with errors writes nothing and exits with 1,
            leaving the previous `.pptx` as it was. Under `GITHUB_ACTIONS=true` each message is also
            printed as a `::error file=…,line=…,col=…::` annotation.

            This page is generated from the compiler's catalogue (`src/KeynoteBuilder/Diagnostics/Codes.cs`)
            and the case folder (`tests/cases`, where each example below is a test). To regenerate it:
            `UPDATE_GOLDEN=1 dotnet test --filter ErrorCatalogueTests`.

            | Code | Severity | Meaning |
            |---|---|---|

            """);
        foreach (var (code, title, _) in Codes.Catalogue)
        {
            text.Append(CultureInvariant($"| [{code}](#{code.ToLowerInvariant()}) | {Severity(code, expected)} | {title} |\n"));
        }

        foreach (var (code, title, fix) in Codes.Catalogue)
        {
            text.Append(CultureInvariant($"\n## {code}\n\n**{title}** ({Severity(code, expected)}). {fix}\n"));
            if (ShownElsewhere.TryGetValue(code, out var where))
            {
                text.Append(CultureInvariant($"\nShown by {where}.\n"));
                continue;
            }

            var (name, message) = Example(code, expected);
            var yaml = File.ReadAllBytes(Path.Combine(CasesFolder, name + ".yaml"));
            var source = Encoding.UTF8.GetString(yaml);
            var lines = source.Split('\n');
            text.Append(CultureInvariant($"\nExample, `tests/cases/{name}.yaml`:\n\n"));
            if (source.Contains('\uFFFD', StringComparison.Ordinal) || lines.Length > 16 || lines.Any(l => l.Length > 120))
            {
                text.Append("(the file is too long or not printable here; see the case file)\n");
            }
            else
            {
                text.Append("```yaml\n").Append(source.TrimEnd('\n')).Append("\n```\n");
            }

            text.Append("\n```text\n").Append(message).Append("\n```\n");
        }

        return text.ToString();
    }

    private static string Severity(string code, Dictionary<string, string> expected) =>
        expected.Values.Any(t => t.Contains("warning " + code, StringComparison.Ordinal)) ? "warning" : "error";

    /// <summary>The first case (by name) whose first message has this code, else the first case that shows it anywhere.</summary>
    private static (string Name, string Message) Example(string code, Dictionary<string, string> expected)
    {
        var candidates = expected.Select(e => (Name: e.Key, Lines: e.Value.Split('\n').Where(l => MessageLine().IsMatch(l)).ToList()))
            .Where(c => c.Lines.Any(l => l.Contains(" " + code + ":", StringComparison.Ordinal))).ToList();
        var best = candidates.FirstOrDefault(c => c.Lines[0].Contains(" " + code + ":", StringComparison.Ordinal));
        var chosen = best.Name is null ? candidates[0] : best;
        return (chosen.Name, chosen.Lines.First(l => l.Contains(" " + code + ":", StringComparison.Ordinal)));
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: (error|warning) KB\d{4}: \S.*$")]
    private static partial Regex MessageLine();
}
