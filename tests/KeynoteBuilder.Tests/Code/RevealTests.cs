using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Code;

/// <summary><c>reveal: true</c> as PowerPoint's animation pane lists it: one click per top-level item, each showing that item and its children.</summary>
public sealed class RevealTests
{
    private const string Deck = """
        title: Reveal
        slides:
          - title: Testing
            reveal: true
            bullets:
              - Unit tests
              - Integration:
                  - QEMU
                  - kvm-unit-tests
              - Fuzzing
            steps:
              - []
              - Fuzzing
          - title: Plain
            bullets: [One, Two]
        """;

    [Fact]
    public void Each_top_level_item_appears_on_its_own_click_with_its_children()
    {
        using var build = new TestBuild();
        var slides = Timings(build.BuildYaml(Deck));

        var (bodyId, timing) = slides[0];
        // The main sequence holds one parallel node per click; inside it, one Appear entrance per paragraph.
        var mainSequence = timing!.Descendants<P.CommonTimeNode>().Single(n => n.NodeType?.InnerText == "mainSeq");
        var clicks = mainSequence.ChildTimeNodeList!.Elements<P.ParallelTimeNode>().ToList();
        var effects = clicks.Select(click => click.Descendants<P.CommonTimeNode>().Where(n => n.PresetClass?.InnerText == "entr" && n.PresetId?.Value == 1).ToList()).ToList();
        Assert.All(effects, click => Assert.Equal(["clickEffect", .. Enumerable.Repeat("withEffect", click.Count - 1)], click.Select(e => e.NodeType!.InnerText)));
        var groups = effects.Select(click => click
            .Select(n => n.Descendants<P.ShapeTarget>().Single())
            .Select(t => (Shape: t.ShapeId!.Value, Range: t.Descendants<P.CharRange>().Any() ? "chars" : $"{t.TextElement!.ParagraphIndexRange!.Start!.Value}-{t.TextElement.ParagraphIndexRange.End!.Value}"))
            .ToList()).ToList();

        Assert.Equal(3, groups.Count);
        Assert.All(groups.SelectMany(g => g), target => Assert.Equal(bodyId, target.Shape));
        Assert.Equal(["0-0"], groups[0].Select(t => t.Range));
        Assert.Equal(["1-1", "2-2", "3-3"], groups[1].Select(t => t.Range));
        Assert.Equal(["4-4"], groups[2].Select(t => t.Range));
        Assert.Equal("p", timing.BuildList!.Elements<P.BuildParagraph>().Single().Build!.InnerText);
    }

    [Fact]
    public void Step_copies_after_the_first_and_other_slides_show_everything_at_once()
    {
        using var build = new TestBuild();
        var slides = Timings(build.BuildYaml(Deck));

        Assert.NotNull(slides[0].Timing);
        Assert.Null(slides[1].Timing);
        Assert.Null(slides[2].Timing);
    }

    /// <summary>Each slide's body shape id and its timing (null without one).</summary>
    private static List<(string BodyId, P.Timing? Timing)> Timings(string pptx)
    {
        using var document = PresentationDocument.Open(pptx, isEditable: false);
        var presentation = document.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => ((SlidePart)presentation.GetPartById(id.RelationshipId!.Value!)).Slide)
            .Select(slide => (
                slide.CommonSlideData!.ShapeTree!.Elements<P.Shape>().Single(s => s.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Index?.Value == 1)
                    .NonVisualShapeProperties!.NonVisualDrawingProperties!.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (P.Timing?)slide.Timing?.CloneNode(true)))
            .ToList();
    }
}
