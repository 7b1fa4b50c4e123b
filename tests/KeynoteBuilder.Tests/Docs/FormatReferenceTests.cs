using System.Text.RegularExpressions;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Docs;

/// <summary>Every YAML example in docs/format.md is a complete deck that builds without a message.</summary>
public sealed partial class FormatReferenceTests
{
    public static TheoryData<int, string> Examples()
    {
        var text = File.ReadAllText(RepoPaths.File("docs", "format.md"));
        var data = new TheoryData<int, string>();
        foreach (Match match in YamlBlock().Matches(text))
        {
            var line = text[..match.Index].Count(c => c == '\n') + 1;
            data.Add(line, match.Groups[1].Value);
        }

        return data;
    }

    [Fact]
    public void The_reference_has_an_example_for_every_body_and_layout()
    {
        var yaml = string.Join("\n", Examples().Select(e => (string)e[1]));
        foreach (var key in new[] { "bullets:", "text:", "table:", "chart:", "image:", "steps:", "notes:", "source:", "footnote:", "subtitle:", "caption:", "alt:", "fit: cover", "background:", "theme:", "footer:", "slide-numbers:", "chart-notes:", "size:", "columns:", "heading:", "code:", "reveal:", "fonts:" })
        {
            Assert.Contains(key, yaml, StringComparison.Ordinal);
        }

        foreach (var layout in new[] { "title", "section", "statement" })
        {
            Assert.Contains("layout: " + layout, yaml, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_builds_cleanly(int line, string yaml)
    {
        using var build = new TestBuild();
        build.WriteBytes("assets/logo.png", File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "logo.png")));
        build.WriteBytes("src/main.c", File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "code-main.c")));
        foreach (var font in Directory.GetFiles(RepoPaths.File("examples", "fonts")).Where(f => f.EndsWith(".otf", StringComparison.Ordinal) || f.EndsWith(".ttf", StringComparison.Ordinal)))
        {
            build.WriteBytes("fonts/" + Path.GetFileName(font), File.ReadAllBytes(font));
        }

        foreach (var picture in Directory.GetFiles(RepoPaths.File("tests", "cases", "assets"), "img-*"))
        {
            build.WriteBytes("assets/" + Path.GetFileName(picture), File.ReadAllBytes(picture));
        }

        // The template example builds on a small template made from KeynoteBuilder's own package.
        build.WriteBytes("templates/kvm-forum.pptx", File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "tpl-own.pptx")));
        build.WriteBytes("templates/company.pptx", File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "tplmore-agenda.pptx")));
        var deck = build.Write("deck.yaml", yaml);
        var code = build.Build(deck);
        Assert.True(code == 0, $"the example at docs/format.md line {line} does not build:\n{build.Stderr}");
        Assert.True(build.Stderr.Length == 0, $"the example at docs/format.md line {line} has messages:\n{build.Stderr}");
    }

    [GeneratedRegex(@"^```yaml\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();
}
