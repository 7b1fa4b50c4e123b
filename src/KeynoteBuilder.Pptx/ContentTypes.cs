using System.Text;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// <c>[Content_Types].xml</c>: media by extension, every XML part by name. The writer knows every
/// part before it writes the first, so this goes first in the zip, where tools look for it.
/// </summary>
internal sealed class ContentTypes
{
    private const string Ml = "application/vnd.openxmlformats-officedocument.presentationml.";
    public const string Presentation = Ml + "presentation.main+xml";
    public const string Slide = Ml + "slide+xml";
    public const string SlideLayout = Ml + "slideLayout+xml";
    public const string SlideMaster = Ml + "slideMaster+xml";
    public const string NotesMaster = Ml + "notesMaster+xml";
    public const string NotesSlide = Ml + "notesSlide+xml";
    public const string PresentationProperties = Ml + "presProps+xml";
    public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string ExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    private readonly StringBuilder _xml = new("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
        + "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>");

    /// <summary>Names the type of every part with an extension; call before any <see cref="Add"/>: defaults come first.</summary>
    public ContentTypes AddDefault(string extension, string contentType)
    {
        _xml.Append($"<Default Extension=\"{extension}\" ContentType=\"{contentType}\"/>");
        return this;
    }

    /// <summary>Names the type of one XML part, named from the package root without the leading slash.</summary>
    public ContentTypes Add(string part, string contentType)
    {
        _xml.Append($"<Override PartName=\"/{part}\" ContentType=\"{contentType}\"/>");
        return this;
    }

    public override string ToString() => _xml + "</Types>";
}
