using System.Globalization;
using System.Text;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx.Look;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// The write pass: a laid-out deck becomes a .pptx, streamed part by part into one zip. Relationship
/// ids and part names come from counters and entries carry a fixed time, so the same deck always
/// gives the same bytes. The package is plain OPC written by hand: the Open XML SDK checks it in the
/// tests, but shipping it cost ~12 ms of start-up per run in the native executable.
/// </summary>
public sealed class PptxWriter : IDeckWriter
{
    internal const string Presentation = "ppt/presentation.xml";
    internal const string Core = "docProps/core.xml";
    internal const string App = "docProps/app.xml";

    public void Write(LaidOutDeck deck, Stream output, DateTimeOffset? timestamp)
    {
        if (deck.Deck.Template is { } template)
        {
            TemplateInput.TemplatePackage.Write(deck, template, output, timestamp);
            return;
        }

        var slides = deck.Slides;
        var look = new BuiltInLook(deck.Deck);
        using var zip = new PackageZip(output);
        WritePackageStart(zip, Declare(slides, look), deck, timestamp);

        var rels = new PartRelationships()
            .Add("rId1", RelationshipTypes.SlideMaster, MasterParts.Master)
            .Add("rId2", RelationshipTypes.Theme, MasterParts.Theme)
            .Add("rId3", RelationshipTypes.NotesMaster, MasterParts.NotesMaster)
            .Add("rId4", RelationshipTypes.PresentationProperties, MasterParts.PresentationProperties);
        var slideIds = new StringBuilder();
        for (var i = 0; i < slides.Count; i++)
        {
            var id = $"rId{100 + i}";
            rels.Add(id, RelationshipTypes.Slide, SlidePart(i));
            slideIds.Append(CultureInfo.InvariantCulture, $"<p:sldId id=\"{256 + i}\" r:id=\"{id}\"/>");
        }

        zip.Add(Presentation, PresentationXml(deck.Deck.Size, slideIds.ToString()));
        zip.Add(PartRelationships.NameFor(Presentation), rels.ToString());
        MasterParts.Write(zip, deck.Deck, look);

        var media = new MediaParts(zip);
        for (var i = 0; i < slides.Count; i++)
        {
            WriteSlide(zip, i, slides[i], look, media, MasterParts.Layout(look, look.For(slides[i])), MasterParts.NotesMaster);
        }
    }

    /// <summary>The parts every package starts with: content types, the package relationships, core and app properties.</summary>
    internal static void WritePackageStart(PackageZip zip, ContentTypes types, LaidOutDeck deck, DateTimeOffset? timestamp)
    {
        zip.Add("[Content_Types].xml", types.ToString());
        zip.Add("_rels/.rels", new PartRelationships()
            .Add("rId1", RelationshipTypes.OfficeDocument, Presentation)
            .Add("rId2", RelationshipTypes.CoreProperties, Core)
            .Add("rId3", RelationshipTypes.ExtendedProperties, App).ToString());
        zip.Add(Core, PackageProperties.Core(deck.Deck.Info, timestamp));
        zip.Add(App, PackageProperties.App(deck.Deck.Info, deck.Slides.Count));
    }

    /// <summary>Every part's content type, known before the first part is written.</summary>
    private static ContentTypes Declare(IReadOnlyList<LaidOutSlide> slides, BuiltInLook look)
    {
        var types = new ContentTypes();
        if (slides.Any(s => s.Shapes.OfType<PictureShape>().Any(p => p.ContentType == "image/gif")))
        {
            // Declared only when used, so a deck without a GIF keeps its bytes.
            types.AddDefault("gif", "image/gif");
        }

        types.Add(Presentation, ContentTypes.Presentation)
            .Add(Core, ContentTypes.CoreProperties)
            .Add(App, ContentTypes.ExtendedProperties);
        MasterParts.Declare(types, look);
        for (var i = 0; i < slides.Count; i++)
        {
            types.Add(SlidePart(i), ContentTypes.Slide);
            if (HasNotes(slides[i]))
            {
                types.Add(NotesPart(i), ContentTypes.NotesSlide);
            }
        }

        return types;
    }

    /// <summary>One slide, its notes and their relationships, on <paramref name="layout"/> (a layout part) of <paramref name="look"/>.</summary>
    internal static void WriteSlide(PackageZip zip, int index, LaidOutSlide slide, ISlideLook look, MediaParts media, string layout, string notesMaster, string? slidePart = null)
    {
        var part = slidePart ?? SlidePart(index);
        var used = new SlideRelationships();
        zip.Add(part, stream => SlideXml.Write(slide, look, used, stream));

        var rels = new PartRelationships().Add("rId1", RelationshipTypes.SlideLayout, layout);
        foreach (var (id, data, contentType) in used.Images)
        {
            rels.Add(id, RelationshipTypes.Image, media.Add(data, contentType));
        }

        foreach (var (id, url) in used.Links)
        {
            rels.AddExternal(id, RelationshipTypes.Hyperlink, XmlText.Clean(url));
        }

        if (HasNotes(slide))
        {
            var notes = NotesPart(index);
            rels.Add("rId2", RelationshipTypes.NotesSlide, notes);
            zip.Add(notes, NotesXml.Write(slide.Notes!));
            zip.Add(PartRelationships.NameFor(notes), new PartRelationships()
                .Add("rId1", RelationshipTypes.NotesMaster, notesMaster)
                .Add("rId2", RelationshipTypes.Slide, part).ToString());
        }

        zip.Add(PartRelationships.NameFor(part), rels.ToString());
    }

    internal static bool HasNotes(LaidOutSlide slide) => !string.IsNullOrWhiteSpace(slide.Notes);

    internal static string SlidePart(int index) => $"ppt/slides/slide{index + 1}.xml";

    internal static string NotesPart(int index) => $"ppt/notesSlides/notesSlide{index + 1}.xml";

    private static string PresentationXml(SlideSize size, string slideIds) =>
        ($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentation xmlns:a=\"{Ns.A}\" xmlns:r=\"{Ns.R}\" xmlns:p=\"{Ns.P}\" saveSubsetFonts=\"1\">"
        + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
        + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId3\"/></p:notesMasterIdLst>"
        + $"<p:sldIdLst>{slideIds}</p:sldIdLst>"
        + $"<p:sldSz cx=\"{Emu.FromPoints(size.Width)}\" cy=\"{Emu.FromPoints(size.Height)}\"{(size == SlideSize.Standard ? " type=\"screen4x3\"" : "")}/>"
        + "<p:notesSz cx=\"6858000\" cy=\"9144000\"/>"

        // Text boxes a user adds in PowerPoint take the theme's body font and text colour.
        + "<p:defaultTextStyle><a:lvl1pPr><a:defRPr sz=\"1800\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle></p:presentation>");
}
