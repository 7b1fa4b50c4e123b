using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Bodies.Image;
using KeynoteBuilder.Tests.Support;
using SkiaSharp;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Files;

/// <summary>
/// Images and CSV files a deck names, where the case folder cannot hold the input: a named pipe, JPEGs
/// made and cut in the test, and a phone photo's Exif.
/// </summary>
public sealed class ReferencedFileTests
{
    [Theory]
    [InlineData("image: assets/pipe.png", "3:12", "'assets/pipe.png'")]
    [InlineData("table:\n      csv: assets/pipe.png", "4:12", "'assets/pipe.png'")]
    public async Task A_named_pipe_is_refused_at_its_line_without_blocking(string body, string at, string shown)
    {
        using var build = new TestBuild();
        var deck = build.Write("deck.yaml", $"title: T\nslides:\n  - {body}\n");
        var fifo = Path.Combine(Directory.CreateDirectory(Path.Combine(build.Folder, "assets")).FullName, "pipe.png");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var run = Task.Run(() => build.Build(deck));
        try
        {
            await run.WaitAsync(TimeSpan.FromSeconds(30)); // throws TimeoutException when the build blocks on the pipe
        }
        finally
        {
            if (!run.IsCompleted)
            {
                // Let the blocked reader go: opening the writing end completes its open.
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            }
        }

        Assert.Equal(1, await run);
        Assert.Contains($"deck.yaml:{at}: error KB0707: {shown} is a named pipe (FIFO), not a regular file; images and CSV files must be ordinary files", build.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string> CutJpegs() => ["half the file", "up to the end of the frame header", "up to the start of the scan"];

    [Theory]
    [MemberData(nameof(CutJpegs))]
    public void A_jpeg_cut_short_is_reported_as_damaged(string cut)
    {
        var jpeg = TestImages.Jpeg(640, 480);
        var segments = JpegSegments.Walk(jpeg);
        var length = cut switch
        {
            "half the file" => jpeg.Length / 2,
            "up to the end of the frame header" => segments.First(s => s.IsFrame).End,
            _ => segments.Last().End + 100,
        };
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "photo.jpg"), jpeg[..length]);
        var deck = build.Write("deck.yaml", "title: T\nslides:\n  - image: assets/photo.jpg\n");
        Assert.Equal(1, build.Build(deck));
        Assert.Contains("deck.yaml:3:12: error KB0709: 'assets/photo.jpg' is damaged: its JPEG data is cut short or does not decode; export or download it again", build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jpeg_with_fill_bytes_before_a_marker_builds()
    {
        // ITU T.81 B.1.1.2: any marker may be preceded by 0xFF fill bytes.
        var jpeg = TestImages.Jpeg(64, 48);
        byte[] padded = [.. jpeg[..2], 0xFF, 0xFF, 0xFF, .. jpeg[2..]];
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "photo.jpg"), padded);
        var output = build.BuildYaml("title: T\nslides:\n  - image: assets/photo.jpg\n");
        Assert.Contains("picture: Picture", DeckDump.Describe(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_phone_photo_loses_its_gps_and_camera_data_but_keeps_its_pixels()
    {
        var plain = TestImages.Jpeg(64, 48);
        var photo = TestImages.WithSegments(plain, TestImages.App1(TestImages.PhoneExif(orientation: 1)), TestImages.App1(TestImages.PhoneXmp()));
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "photo.jpg"), photo);
        var embedded = Media(build.BuildYaml("title: T\nslides:\n  - image: assets/photo.jpg\n")).Single();

        Assert.Equal(-1, embedded.AsSpan().IndexOf("PhoneCo"u8));
        Assert.Equal(-1, embedded.AsSpan().IndexOf("GPSLatitude"u8));
        Assert.Equal(-1, embedded.AsSpan().IndexOf((byte[])[0, 0, 0, 48, 0, 0, 0, 1, 0, 0, 0, 51]));
        Assert.DoesNotContain(JpegSegments.Walk(embedded), s => s.Marker == 0xE1);
        Assert.Equal(Pixels(plain), Pixels(embedded));
    }

    [Theory]
    [InlineData(6, 5400000, false)]
    [InlineData(8, 16200000, false)]
    [InlineData(7, 5400000, true)]
    public void A_photo_stored_on_its_side_is_turned_upright_on_the_slide(int orientation, int rotation, bool mirrored)
    {
        // Stored 64x48 (landscape) with an orientation that stands it up: it shows 48 wide, 64 high.
        var photo = TestImages.WithSegments(TestImages.Jpeg(64, 48), TestImages.App1(TestImages.PhoneExif(orientation)));
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "photo.jpg"), photo);
        var output = build.BuildYaml("title: T\nslides:\n  - image: assets/photo.jpg\n");

        using var document = PresentationDocument.Open(output, isEditable: false);
        var picture = document.PresentationPart!.SlideParts.Single().Slide.Descendants<P.Picture>().Single();
        var frame = picture.ShapeProperties!.Transform2D!;
        Assert.Equal(rotation, frame.Rotation?.Value ?? 0);
        Assert.Equal(mirrored, frame.HorizontalFlip?.Value ?? false);

        // The frame is the stored picture, 64:48, turned about its centre into a 48:64 picture that fits the body.
        Assert.Equal(64.0 / 48, (double)frame.Extents!.Cx!.Value / frame.Extents.Cy!.Value, 3);
        Assert.DoesNotContain(JpegSegments.Walk(Media(output).Single()), s => s.Marker == 0xE1);
    }

    [Fact]
    public void Keep_metadata_true_embeds_the_photo_as_it_is()
    {
        var photo = TestImages.WithSegments(TestImages.Jpeg(64, 48), TestImages.App1(TestImages.PhoneExif(orientation: 1)));
        using var build = new TestBuild();
        build.WriteBytes(Path.Combine("assets", "photo.jpg"), photo);
        var output = build.BuildYaml("title: T\nslides:\n  - image: assets/photo.jpg\n    keep-metadata: true\n");
        Assert.Equal(photo, Media(output).Single());
    }

    /// <summary>The files of ppt/media in a built package.</summary>
    private static List<byte[]> Media(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Where(e => e.FullName.StartsWith("ppt/media/", StringComparison.Ordinal)).Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }).ToList();
    }

    private static SKColor[] Pixels(byte[] jpeg)
    {
        using var bitmap = SKBitmap.Decode(jpeg);
        return bitmap.Pixels;
    }
}
