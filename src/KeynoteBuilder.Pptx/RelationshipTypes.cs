namespace KeynoteBuilder.Pptx;

/// <summary>The relationship types the writer uses, as suffixes of <see cref="Prefix"/>.</summary>
internal static class RelationshipTypes
{
    public const string Prefix = "http://schemas.openxmlformats.org/";
    public const string OfficeDocument = "officeDocument/2006/relationships/officeDocument";
    public const string CoreProperties = "package/2006/relationships/metadata/core-properties";
    public const string ExtendedProperties = "officeDocument/2006/relationships/extended-properties";
    public const string SlideMaster = "officeDocument/2006/relationships/slideMaster";
    public const string SlideLayout = "officeDocument/2006/relationships/slideLayout";
    public const string Slide = "officeDocument/2006/relationships/slide";
    public const string NotesMaster = "officeDocument/2006/relationships/notesMaster";
    public const string NotesSlide = "officeDocument/2006/relationships/notesSlide";
    public const string Theme = "officeDocument/2006/relationships/theme";
    public const string PresentationProperties = "officeDocument/2006/relationships/presProps";
    public const string Image = "officeDocument/2006/relationships/image";
    public const string Hyperlink = "officeDocument/2006/relationships/hyperlink";
}
