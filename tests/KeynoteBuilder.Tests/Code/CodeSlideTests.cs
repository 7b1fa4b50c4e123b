using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Code;

/// <summary>A <c>code:</c> slide as a viewer sees it: the file's lines exactly, in a monospaced font, in colours.</summary>
public sealed class CodeSlideTests
{
    private static readonly string[] Program =
    [
        "// A small program, numbered to check the range.",
        "using System;",
        "",
        "namespace Demo;",
        "",
        "/// <summary>Says hello.</summary>",
        "public static class Greeter",
        "{",
        "    private const int Times = 3;",
        "",
        "    public static void Main(string[] args)",
        "    {",
        "        for (var i = 0; i < Times; i++)",
        "        {",
        "            Console.WriteLine($\"hello {args.Length}\"); // say it",
        "        }",
        "    }",
        "}",
    ];

    [Fact]
    public void A_file_range_is_shown_as_those_lines_of_the_file_in_Courier_New_and_at_least_three_colours()
    {
        using var build = new TestBuild();
        build.Write("src/Greeter.cs", string.Join("\n", Program) + "\n");
        var pptx = build.BuildYaml("title: Code\nslides:\n  - title: Hello\n    code:\n      file: src/Greeter.cs\n      lines: \"6-17\"\n      language: csharp\n");

        var code = CodeShape(pptx, 0);
        var lines = code.TextBody!.Elements<A.Paragraph>().Select(p => string.Concat(p.Elements<A.Run>().Select(r => r.Text!.Text))).ToList();
        Assert.Equal(Program[5..17], lines);

        var runs = code.TextBody.Descendants<A.Run>().ToList();
        Assert.All(runs, run => Assert.Equal("Courier New", run.RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value));
        var theme = SchemeOf(pptx);
        var colours = runs.Select(r => Inherited.Hex(r.RunProperties!.GetFirstChild<A.SolidFill>(), theme)).Distinct().ToList();
        Assert.True(colours.Count >= 3, $"colours: {string.Join(", ", colours)}");
    }

    [Fact]
    public void A_highlighted_line_has_a_band_behind_exactly_that_line()
    {
        using var build = new TestBuild();
        var pptx = build.BuildYaml("title: Code\nslides:\n  - title: Hello\n    code:\n      language: python\n      text: |\n        a = 1\n        b = 2\n        c = 3\n      highlight: [2]\n");

        var shapes = Shapes(pptx, 0);
        var code = CodeShape(pptx, 0);
        var band = shapes.Single(s => Name(s).StartsWith("Code Highlight ", StringComparison.Ordinal) && !Name(s).StartsWith("Code Highlight Bar", StringComparison.Ordinal));
        var paragraph = code.TextBody!.Elements<A.Paragraph>().First();
        var pitch = paragraph.ParagraphProperties!.LineSpacing!.SpacingPoints!.Val!.Value * 127L; // hundredths of a point to EMU
        var top = code.ShapeProperties!.Transform2D!.Offset!.Y!.Value + (long)(3.6 * 12700);
        Assert.Equal(top + pitch, band.ShapeProperties!.Transform2D!.Offset!.Y!.Value, tolerance: 2);
        Assert.Equal(pitch, band.ShapeProperties.Transform2D.Extents!.Cy!.Value, tolerance: 2);
    }

    private static P.Shape CodeShape(string pptx, int slide) =>
        Shapes(pptx, slide).Single(s => Name(s).StartsWith("Code ", StringComparison.Ordinal) && s.TextBody is not null && s.TextBody.Descendants<A.Run>().Any());

    /// <summary>The deck theme's colour scheme, so a run written in a scheme slot (text in the theme's own colour) reads as its colour.</summary>
    private static A.ColorScheme SchemeOf(string pptx)
    {
        using var document = PresentationDocument.Open(pptx, isEditable: false);
        return (A.ColorScheme)document.PresentationPart!.SlideMasterParts.First().ThemePart!.Theme.ThemeElements!.ColorScheme!.CloneNode(true);
    }

    private static string Name(P.Shape shape) => shape.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!;

    private static List<P.Shape> Shapes(string pptx, int slide)
    {
        using var document = PresentationDocument.Open(pptx, isEditable: false);
        var part = document.PresentationPart!;
        var id = part.Presentation.SlideIdList!.Elements<P.SlideId>().ElementAt(slide);
        var slidePart = (SlidePart)part.GetPartById(id.RelationshipId!.Value!);
        return slidePart.Slide.CommonSlideData!.ShapeTree!.Elements<P.Shape>().Select(s => (P.Shape)s.CloneNode(true)).ToList();
    }
}
