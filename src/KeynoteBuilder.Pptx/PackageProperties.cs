using System.Globalization;
using System.Security;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// docProps/core.xml and app.xml written by hand: the SDK's PackageProperties add a GUID-named part,
/// and the dates come from the deck or SOURCE_DATE_EPOCH, never the clock.
/// </summary>
internal static class PackageProperties
{
    public static string Core(DeckInfo info, DateTimeOffset? timestamp)
    {
        static string E(string? s) => SecurityElement.Escape(XmlText.Clean(s ?? "")) ?? "";
        var date = timestamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var dates = date is null ? "" :
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>";
        var subject = string.Join(", ", new[] { info.Event, info.Organization }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{E(info.Title)}</dc:title>"
            + (subject.Length > 0 ? $"<dc:subject>{E(subject)}</dc:subject>" : "")
            + (info.Author is null ? "" : $"<dc:creator>{E(info.Author)}</dc:creator><cp:lastModifiedBy>{E(info.Author)}</cp:lastModifiedBy>")
            + dates
            + "</cp:coreProperties>";
    }

    public static string App(DeckInfo info, int slides) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>KeynoteBuilder</Application>"
        + $"<Slides>{slides.ToString(CultureInfo.InvariantCulture)}</Slides>"
        + (info.Organization is null ? "" : $"<Company>{SecurityElement.Escape(XmlText.Clean(info.Organization))}</Company>")
        + "</Properties>";
}
