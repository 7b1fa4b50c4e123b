using System.Text;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Tests.Loading;

/// <summary>
/// A parent bullet ending in a word that starts with * nests its children (the loader hides that *
/// from YamlDotNet's scanner); the text the speaker wrote comes back exactly, whatever the line endings
/// or the context the pattern appears in.
/// </summary>
public sealed class FoldTests
{
    private static YamlNode Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlLoader.Load("deck.yaml", Encoding.UTF8.GetBytes(text), diagnostics);
        Assert.Empty(diagnostics.Sorted);
        return Assert.IsType<YamlMapping>(document!.Root).Get("items")!;
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_star_ended_parent_has_its_children_with_either_line_ending(string newline)
    {
        var items = Load(string.Join(newline, "items:", "  - On a **standby**:", "      - Child", ""));
        var parent = Assert.IsType<YamlMapping>(Assert.Single(Assert.IsType<YamlSequence>(items).Items));
        Assert.Equal("On a **standby**", parent.Entries[0].Key.Value);
        Assert.Equal(new SourcePosition("deck.yaml", 2, 5), parent.Entries[0].Key.Start);
        Assert.Equal("Child", ((YamlScalar)((YamlSequence)parent.Entries[0].Value).Items[0]).Value);
    }

    [Fact]
    public void The_same_lines_inside_a_literal_block_keep_every_star()
    {
        var items = Load("items:\n  - On a **standby**:\n      - |\n        - On a **standby**:\n            - Child *x*:\n               - Deeper\n");
        var parent = Assert.IsType<YamlMapping>(Assert.Single(Assert.IsType<YamlSequence>(items).Items));
        var block = Assert.IsType<YamlScalar>(((YamlSequence)parent.Entries[0].Value).Items[0]);
        Assert.Equal("- On a **standby**:\n    - Child *x*:\n       - Deeper\n", block.Value);
    }

    [Fact]
    public void A_file_that_already_holds_the_placeholder_character_keeps_it()
    {
        var items = Load("items:\n  - \uE000 and *a*:\n      - Child \uE001\n");
        var parent = Assert.IsType<YamlMapping>(Assert.Single(Assert.IsType<YamlSequence>(items).Items));
        Assert.Equal("\uE000 and *a*", parent.Entries[0].Key.Value);
        Assert.Equal("Child \uE001", ((YamlScalar)((YamlSequence)parent.Entries[0].Value).Items[0]).Value);
    }
}
