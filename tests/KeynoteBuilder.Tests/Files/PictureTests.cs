using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Model;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Files;

/// <summary>
/// What a viewer gets from the picture formats and keys of format 2: an SVG with the PNG drawn from it, a GIF
/// as a GIF, cover's crop, a background behind everything with its title readable. Pictures are made in the test.
/// </summary>
public sealed class PictureTests
{
    private const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /// <summary>A blue 2:1 box with white text: text in an SVG must be drawn with the bundled fonts, or it vanishes.</summary>
    private const string Diagram = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
        + "<rect width=\"200\" height=\"100\" fill=\"#3366CC\"/><text x=\"10\" y=\"80\" font-family=\"Helvetica\" font-size=\"80\" fill=\"#FFFFFF\">SVG</text></svg>";

    [Fact]
    public void An_svg_is_embedded_as_svg_with_a_png_drawn_from_it_for_clients_that_need_one()
    {
        using var build = new TestBuild();
        build.Write(Path.Combine("assets", "diagram.svg"), Diagram);
        var output = build.BuildYaml("title: T\nslides:\n  - image: assets/diagram.svg\n    alt: A blue box\n");

        using var document = PresentationDocument.Open(output, isEditable: false);
        var slide = document.PresentationPart!.SlideParts.Single();
        var picture = slide.Slide.Descendants<P.Picture>().Single();
        var blip = picture.BlipFill!.Blip!;
        var png = (ImagePart)slide.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", png.ContentType);

        var extension = blip.GetFirstChild<A.BlipExtensionList>()!.Elements<A.BlipExtension>().Single(e => e.Uri == SvgBlipExtension);
        var svgId = extension.Descendants().Single(e => e.LocalName == "svgBlip").GetAttributes().Single(a => a.LocalName == "embed").Value!;
        var svg = (ImagePart)slide.GetPartById(svgId);
        Assert.Equal("image/svg+xml", svg.ContentType);
        Assert.Equal(Diagram, new StreamReader(svg.GetStream()).ReadToEnd());

        // The PNG is the SVG drawn at twice the picture's size at 96 dpi: blue, with the white text drawn.
        using var bitmap = SKBitmap.Decode(png.GetStream());
        var frame = picture.ShapeProperties!.Transform2D!.Extents!;
        Assert.Equal(frame.Cx!.Value / 12700.0 * 2 * 96 / 72, bitmap.Width, 0);
        Assert.Equal(2.0, (double)bitmap.Width / bitmap.Height, 2);
        Assert.Equal(new SKColor(0x33, 0x66, 0xCC), bitmap.GetPixel(bitmap.Width - 3, 3));
        var white = Enumerable.Range(0, bitmap.Width).Count(x => bitmap.GetPixel(x, bitmap.Height * 6 / 10) == SKColors.White);
        Assert.True(white > bitmap.Width / 20, $"the SVG's text is not drawn in the PNG ({white} white pixels across it)");
    }

    [Fact]
    public void A_gif_is_embedded_as_the_gif_it_is_every_frame_kept()
    {
        var gif = File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "img-blink.gif"));
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "blink.gif"), gif);
        var output = build.BuildYaml("title: T\nslides:\n  - image: assets/blink.gif\n    alt: Blinking\n");

        using var document = PresentationDocument.Open(output, isEditable: false);
        var slide = document.PresentationPart!.SlideParts.Single();
        var part = (ImagePart)slide.GetPartById(slide.Slide.Descendants<P.Picture>().Single().BlipFill!.Blip!.Embed!.Value!);
        Assert.Equal("image/gif", part.ContentType);
        Assert.EndsWith(".gif", part.Uri.ToString(), StringComparison.Ordinal);
        using var copy = new MemoryStream();
        part.GetStream().CopyTo(copy);
        Assert.Equal(gif, copy.ToArray());
        using var codec = SKCodec.Create(new MemoryStream(gif));
        Assert.Equal(2, codec.FrameCount);
    }

    [Theory]
    [InlineData(400, 100)] // wider than the body: its sides are cut
    [InlineData(100, 400)] // taller: its top and bottom are cut
    public void Cover_fills_the_box_cropping_the_picture_never_stretching_it(int width, int height)
    {
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "p.png"), TestImages.Png(width, height, SKColors.Teal));
        var output = build.BuildYaml("title: T\nslides:\n  - title: Cover\n    image: assets/p.png\n    fit: cover\n    alt: Teal\n");

        var picture = Pictures(output).Single();
        var crop = picture.BlipFill!.SourceRectangle!;
        var (left, top, right, bottom) = Fractions(crop);
        Assert.Equal(left, right);
        Assert.Equal(top, bottom);
        Assert.True(width > height ? left > 0 && top == 0 : top > 0 && left == 0);

        // The part that shows has the frame's aspect ratio: nothing is stretched.
        var frame = picture.ShapeProperties!.Transform2D!.Extents!;
        Assert.Equal(width * (1 - left - right) / (height * (1 - top - bottom)), (double)frame.Cx!.Value / frame.Cy!.Value, 2);

        // The frame is the body area (a content slide's, below the title): the picture fills it.
        Assert.True(frame.Cx.Value > 10_000_000 && frame.Cy.Value > 4_000_000, $"{frame.Cx.Value}x{frame.Cy.Value} EMU");
    }

    [Fact]
    public void A_turned_photo_in_cover_is_cropped_along_the_sides_that_show_top_and_bottom()
    {
        // Stored 64x48 on its side (orientation 6): it shows 48 wide and 64 high, in a wide box, so its shown top
        // and bottom are cut, which are the stored picture's left and right.
        var photo = TestImages.WithSegments(TestImages.Jpeg(64, 48), TestImages.App1(TestImages.PhoneExif(6)));
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "photo.jpg"), photo);
        var output = build.BuildYaml("title: T\nslides:\n  - image: assets/photo.jpg\n    fit: cover\n    alt: A photo\n");

        var picture = Pictures(output).Single();
        var (left, top, right, bottom) = Fractions(picture.BlipFill!.SourceRectangle!);
        Assert.True(left > 0 && left == right && top == 0 && bottom == 0, $"crop {left} {top} {right} {bottom}");
        var frame = picture.ShapeProperties!.Transform2D!;
        Assert.Equal(5400000, frame.Rotation!.Value);

        // Turned a quarter, the frame's height shows across: the shown box is wide, and it is the cropped photo's shape.
        var (across, down) = (frame.Extents!.Cy!.Value, frame.Extents.Cx!.Value);
        Assert.True(across > down);
        Assert.Equal(48.0 / (64 * (1 - left - right)), (double)across / down, 2);
    }

    [Theory]
    [InlineData("F4F4F0", "222222")] // bright picture: the theme's dark text, over a light scrim
    [InlineData("101828", "FFFFFF")] // dark picture: the text turns to the theme's background colour, over a dark scrim
    public void A_background_fills_the_slide_behind_everything_and_its_title_stays_readable(string picture, string title)
    {
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "bg.png"), TestImages.Png(400, 300, SKColor.Parse(picture)));
        var output = build.BuildYaml("title: T\nslides:\n  - layout: title\n    title: Thank you\n    background: assets/bg.png\n  - title: Plain\n");

        using var document = PresentationDocument.Open(output, isEditable: false);
        var size = document.PresentationPart!.Presentation.SlideSize!;
        var slides = document.PresentationPart.SlideParts.ToList();
        var shapes = slides[0].Slide.CommonSlideData!.ShapeTree!.ChildElements.Where(e => e is P.Picture or P.Shape).ToList();

        // First, the picture over the whole slide, cropped to its 16:9 (the picture is 4:3), the decorative alt text empty.
        var background = Assert.IsType<P.Picture>(shapes[0]);
        var frame = background.ShapeProperties!.Transform2D!;
        Assert.Equal((0L, 0L, (long)size.Cx!.Value, (long)size.Cy!.Value), (frame.Offset!.X!.Value, frame.Offset.Y!.Value, frame.Extents!.Cx!.Value, frame.Extents.Cy!.Value));
        Assert.True(Fractions(background.BlipFill!.SourceRectangle!).Top > 0);
        Assert.Equal("", background.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);

        // Then the scrim, see-through, over the whole slide; the title reads on the picture under it.
        var scrim = Assert.IsType<P.Shape>(shapes[1]);
        var fill = scrim.ShapeProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!;
        var opacity = fill.GetFirstChild<A.Alpha>()!.Val!.Value / 100_000.0;
        Assert.InRange(opacity, 0.3, 0.9);
        // The colour the title shows: its run's own, else what its placeholder inherits, theme slots resolved.
        var titleShape = shapes.OfType<P.Shape>().Single(s => s.InnerText == "Thank you");
        var titleRun = titleShape.Descendants<A.Run>().First();
        var titleColor = Inherited.Color(titleRun, (A.Paragraph)titleRun.Parent!, titleShape.Descendants<P.PlaceholderShape>().FirstOrDefault(), slides[0].SlideLayoutPart)!;
        Assert.Equal(title, titleColor);
        Assert.True(Contrast.Ratio(titleColor, Contrast.Mix(picture, fill.Val!.Value!, opacity)) >= 4.5);

        // A slide without a background keeps the deck's look.
        Assert.Empty(slides[1].Slide.Descendants<P.Picture>());
    }

    private static List<P.Picture> Pictures(string package)
    {
        using var document = PresentationDocument.Open(package, isEditable: false);
        return document.PresentationPart!.SlideParts.SelectMany(s => s.Slide.Descendants<P.Picture>()).Select(p => (P.Picture)p.CloneNode(true)).ToList();
    }

    private static (double Left, double Top, double Right, double Bottom) Fractions(A.SourceRectangle crop) =>
        ((crop.Left?.Value ?? 0) / 100_000.0, (crop.Top?.Value ?? 0) / 100_000.0, (crop.Right?.Value ?? 0) / 100_000.0, (crop.Bottom?.Value ?? 0) / 100_000.0);
}
