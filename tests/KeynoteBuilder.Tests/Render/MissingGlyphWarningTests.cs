using KeynoteBuilder.Cli;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Render;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Render;

/// <summary>
/// The missing-glyph warnings name every script a speaker must add a font for, and the renderer's
/// says so once per text, not once for each step copy of its slide.
/// </summary>
public sealed class MissingGlyphWarningTests
{
    [Fact]
    public void A_text_on_a_slide_with_steps_is_warned_about_once_naming_each_scripts_first_missing_character()
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", """
            title: Missing glyphs
            slides:
              - title: Welcome
                bullets:
                  - "Tokyo 東京 · Seoul 서울 · Cairo القاهرة"
                steps:
                  - []
                  - [Tokyo]
                  - [Seoul]
            """);
        // The PDF and the PNGs draw each of the three slides: one warning still.
        var stderr = new StringWriter();
        var request = new BuildRequest(deck, Path.Combine(build.Folder, "out.pdf")) { MoreOutputs = [Path.Combine(build.Folder, "png") + "/"] };
        Assert.Equal(0, new DeckBuilder(new StringWriter(), stderr).Build(request));

        var rendered = Assert.Single(stderr.ToString().Split('\n'), line => line.Contains("KB1203", StringComparison.Ordinal));
        Assert.Equal(
            "deck.yaml:3:5: warning KB1203: slide 1 and its 2 step copies: no font has the characters '東' (U+6771), '서' (U+C11C) and 'ا' (U+0627) "
            + "in 'Tokyo 東京 · Seoul 서울 · Cairo القاهرة' (the first missing one of each script), so the PDF and PNGs would draw an empty box; "
            + "add font files that have them to `theme.fonts` (one file may cover several scripts)",
            rendered[(rendered.IndexOf("deck.yaml:", StringComparison.Ordinal))..]);
    }

    [Fact]
    public void A_text_on_several_slides_lists_them_and_outputs_drawn_twice_count_each_slide_once()
    {
        var at = (int line) => new LaidOutSlide(SlideLayout.Content, [], null) { Position = new SourcePosition("deck.yaml", line, 5) };
        var (pdf, png) = (new RenderWarnings(), new RenderWarnings());
        foreach (var warnings in new[] { pdf, png })
        {
            warnings.WarnOncePerText(at(3), 1, Codes.MissingGlyphInPicture, "no font has 'x'");
            warnings.WarnOncePerText(at(9), 4, Codes.MissingGlyphInPicture, "no font has 'x'");
            warnings.WarnOncePerText(at(9), 5, Codes.MissingGlyphInPicture, "no font has 'x'");
            warnings.WarnOncePerText(at(9), 5, Codes.MissingGlyphInPicture, "no font has 'y'");
        }

        var all = new RenderWarnings();
        all.AddAll([pdf, png]);
        Assert.Equal(["slides 1, 4 and 5: no font has 'x'", "slide 5: no font has 'y'"], all.All.Select(d => d.Message));
        Assert.Equal(3, all.All[0].Position.Line);
    }
}
