using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Tests.Text;

/// <summary>Link targets as the package stores them: balanced parentheses kept, what a URI may not hold percent-encoded.</summary>
public sealed class LinkAddressTests
{
    [Theory]
    [InlineData("[KVM](https://en.wikipedia.org/wiki/KVM_(disambiguation))", "https://en.wikipedia.org/wiki/KVM_(disambiguation)")]
    [InlineData("[a](https://example.org/my file.pdf)", "https://example.org/my%20file.pdf")]
    [InlineData("[a](https://example.org/café?q=\"x\")", "https://example.org/caf%C3%A9?q=%22x%22")]
    [InlineData("[a](https://example.org/a%20b)", "https://example.org/a%20b")]
    [InlineData("[a](https://example.org/100%)", "https://example.org/100%25")]
    [InlineData("([a](https://example.org/x))", "https://example.org/x")]
    public void The_link_target_is_a_whole_valid_uri(string markup, string target)
    {
        var diagnostics = new DiagnosticBag();
        var text = InlineMarkup.Parse(markup, new SourcePosition("deck.yaml", 1, 1), diagnostics);
        Assert.Empty(diagnostics.Sorted);
        Assert.Equal(target, Assert.Single(text.Runs, r => r.Link is not null).Link);
        Assert.True(Uri.TryCreate(target, UriKind.Absolute, out _));
    }
}
