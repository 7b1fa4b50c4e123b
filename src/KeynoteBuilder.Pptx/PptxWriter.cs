using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pipeline;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// The write pass: a laid-out deck becomes a .pptx. Every part gets an explicit relationship id and
/// the package is re-zipped in a fixed order, so the same deck always gives the same bytes.
/// </summary>
public sealed class PptxWriter : IDeckWriter
{
    private const string PresentationType = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    public void Write(LaidOutDeck deck, Stream output, DateTimeOffset? timestamp)
    {
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            // The package is only staged here: it is re-zipped below, so compressing it now is wasted work.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var presentation = document.AddNewPart<PresentationPart>(PresentationType, "rId1");
            Feed(document.AddNewPart<CoreFilePropertiesPart>("rId2"), PackageProperties.Core(deck.Deck.Info, timestamp));
            Feed(document.AddNewPart<ExtendedFilePropertiesPart>("rId3"), PackageProperties.App(deck.Deck.Info, deck.Slides.Count));
            var masters = new MasterParts(presentation, deck.Deck);
            var images = new Dictionary<string, ImagePart>(StringComparer.Ordinal);
            var slideIds = new StringBuilder();
            for (var i = 0; i < deck.Slides.Count; i++)
            {
                var id = $"rId{100 + i}";
                WriteSlide(presentation.AddNewPart<SlidePart>(id), deck.Slides[i], deck.Deck.Theme, masters, images);
                slideIds.Append(CultureInfo.InvariantCulture, $"<p:sldId id=\"{256 + i}\" r:id=\"{id}\"/>");
            }

            Feed(presentation, PresentationXml(deck.Deck.Size, slideIds.ToString()));
        }

        buffer.Position = 0;
        DeterministicZip.Copy(buffer, output);
    }

    private static void WriteSlide(SlidePart part, LaidOutSlide slide, Theme theme, MasterParts masters, Dictionary<string, ImagePart> images)
    {
        part.AddPart(masters.Layouts[slide.Layout], "rId1");
        var rels = new SlideRelationships();
        var xml = SlideXml.Write(slide, theme, rels);
        using (var stream = new MemoryStream(xml))
        {
            part.FeedData(stream);
        }

        foreach (var (id, data, contentType) in rels.Images)
        {
            // Images are stored once per content, however many slides show them.
            var key = Convert.ToHexString(SHA256.HashData(data)) + contentType;
            if (images.TryGetValue(key, out var existing))
            {
                part.AddPart(existing, id);
                continue;
            }

            var image = part.AddImagePart(contentType switch
            {
                "image/jpeg" => ImagePartType.Jpeg,
                "image/svg+xml" => ImagePartType.Svg,
                _ => ImagePartType.Png,
            }, id);
            using var stream = new MemoryStream(data);
            image.FeedData(stream);
            images[key] = image;
        }

        foreach (var (id, url) in rels.Links)
        {
            part.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true, id);
        }

        if (!string.IsNullOrWhiteSpace(slide.Notes))
        {
            var notes = part.AddNewPart<NotesSlidePart>("rId2");
            Feed(notes, NotesXml.Write(slide.Notes));
            notes.AddPart(masters.NotesMaster, "rId1");
            notes.AddPart(part, "rId2");
        }
    }

    private static string PresentationXml(SlideSize size, string slideIds) =>
        ($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentation xmlns:a=\"{Ns.A}\" xmlns:r=\"{Ns.R}\" xmlns:p=\"{Ns.P}\" saveSubsetFonts=\"1\">"
        + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
        + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId3\"/></p:notesMasterIdLst>"
        + $"<p:sldIdLst>{slideIds}</p:sldIdLst>"
        + $"<p:sldSz cx=\"{Emu.FromPoints(size.Width)}\" cy=\"{Emu.FromPoints(size.Height)}\"{(size == SlideSize.Standard ? " type=\"screen4x3\"" : "")}/>"
        + "<p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>");

    internal static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
