using System.Text;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Tests.Loading;

/// <summary>
/// A tab inside a block scalar, after the block's indentation, is text (a Makefile recipe, gofmt'd
/// Go); a tab that indents YAML structure or the block itself is KB0102 at its line.
/// </summary>
public sealed class TabTests
{
    private static (YamlDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlLoader.Load("deck.yaml", Encoding.UTF8.GetBytes(text), diagnostics);
        return (document, diagnostics.Sorted);
    }

    [Theory]
    [InlineData("text: |\n  all:\n  \tcc x.c\n", "all:\n\tcc x.c\n")]
    [InlineData("text: >-\n  a\n  \tb\n", "a\n\tb")]
    [InlineData("text: |2 # an indentation indicator and a comment\n    a\n  \tb\n", "  a\n\tb\n")]
    [InlineData("text: !!str &t |\n  a\n\n  \tb\nnext: x\n", "a\n\n\tb\n")]
    [InlineData("\"text\": |\r\n  a\r\n  \tb\r\n", "a\n\tb\n")]
    [InlineData("text:\n  - |\n    a\n    \tb\n", "a\n\tb\n")]
    [InlineData("text:\n  - key: |\n      a\n      \tb\n", "a\n\tb\n")]
    public void A_tab_after_the_blocks_indentation_is_kept_as_text(string yaml, string value)
    {
        var (document, diagnostics) = Load(yaml);
        Assert.Empty(diagnostics);
        var node = ((YamlMapping)document!.Root).Get("text");
        var scalar = node as YamlScalar
            ?? (((YamlSequence)node!).Items[0] as YamlScalar ?? (YamlScalar)((YamlMapping)((YamlSequence)node).Items[0]).Get("key")!);
        Assert.Equal(value, scalar.Value);
    }

    [Theory]
    [InlineData("text: |\n\ta\n", 2)]
    [InlineData("a:\n  text: |\n  \tb\n", 3)]
    [InlineData("text: |\n  a\n\tb: c\n", 3)]
    [InlineData("text: a |\n\tb\n", 2)]
    [InlineData("text: \"|\"\n\tb\n", 2)]
    public void A_tab_that_indents_structure_or_the_block_itself_is_refused_at_its_line(string yaml, int line)
    {
        var (document, diagnostics) = Load(yaml);
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.TabIndentation, error.Code);
        Assert.Equal(line, error.Position.Line);
    }
}
