using System.Text;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Tests.Loading;

/// <summary>Hostile files are refused before the deck is walked, at the right position.</summary>
public sealed class LimitTests
{
    private static IReadOnlyList<Diagnostic> Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlLoader.Load("deck.yaml", Encoding.UTF8.GetBytes(text), diagnostics);
        Assert.Null(document);
        return diagnostics.Sorted;
    }

    [Fact]
    public void A_billion_laughs_is_refused_at_the_alias_that_crosses_the_cap()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = (char)('a' + i - 1);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        var error = Assert.Single(Load(text.ToString()));
        Assert.Equal(Codes.AliasExpansion, error.Code);
        Assert.Equal(7, error.Position.Line);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_are_refused_at_the_level_past_the_cap()
    {
        var error = Assert.Single(Load("slides: " + new string('[', 10_000) + new string(']', 10_000)));
        Assert.Equal(Codes.NestingTooDeep, error.Code);
        Assert.Equal(new SourcePosition("deck.yaml", 1, 9 + 63), error.Position);
    }

    [Fact]
    public void Deep_block_mappings_are_refused_too()
    {
        // Block nesting costs indentation, so 10,000 levels would trip the size cap first;
        // a thousand levels (half a megabyte) reaches the depth cap on its own.
        var text = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            text.Append(' ', i).Append("k:\n");
        }

        Assert.Equal(Codes.NestingTooDeep, Assert.Single(Load(text.ToString())).Code);
    }

    [Fact]
    public void A_100_MB_file_is_refused_before_it_is_decoded()
    {
        var bytes = new byte[100 * 1024 * 1024];
        Array.Fill(bytes, (byte)'#');
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlLoader.Load("deck.yaml", bytes, diagnostics));
        var error = Assert.Single(diagnostics.Sorted);
        Assert.Equal(Codes.FileTooLarge, error.Code);
        Assert.Equal(1, error.Position.Line);
    }

    [Fact]
    public void A_megabyte_bullet_aliased_400_times_is_refused_at_the_alias_that_crosses_the_text_cap()
    {
        // Node counting alone let this run for 45 minutes: 401 nodes, but 401 MB of text to lay out.
        var text = new StringBuilder("title: T\nslides:\n  - title: A\n    bullets:\n      - &b ").Append('x', 1_000_000).Append('\n');
        for (var i = 0; i < 400; i++)
        {
            text.Append("      - *b\n");
        }

        var error = Assert.Single(Load(text.ToString()));
        Assert.Equal(Codes.AliasTextExpansion, error.Code);
        Assert.Equal(new SourcePosition("deck.yaml", 9, 9), error.Position);
    }

    [Fact]
    public void Scalars_stay_as_written()
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlLoader.Load("deck.yaml", Encoding.UTF8.GetBytes("a: 3.10\nb: no\nc: 0755\nd: 12:30\n"), diagnostics)!;
        var map = Assert.IsType<YamlMapping>(document.Root);
        Assert.Equal(["3.10", "no", "0755", "12:30"], map.Entries.Select(e => ((YamlScalar)e.Value).Value));
    }
}
