using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Support;

/// <summary>
/// Every package a test writes goes through here: the Open XML SDK's validator, then our own
/// checks for what it misses (theme, slide layout links, slide size, unique shape ids per slide).
/// </summary>
public static class PackageCheck
{
    public static void Validate(string path)
    {
        using var document = PresentationDocument.Open(path, isEditable: false);
        Validate(document);
    }

    public static void Validate(Stream package)
    {
        using var document = PresentationDocument.Open(package, isEditable: false);
        Validate(document);
    }

    private static void Validate(PresentationDocument document)
    {
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, "OpenXmlValidator errors:\n" + string.Join("\n", errors.Take(20)));

        var presentation = document.PresentationPart!;
        Assert.NotNull(presentation.Presentation.SlideSize);
        Assert.NotNull(presentation.SlideMasterParts.Single().ThemePart);
        foreach (var slide in presentation.SlideParts)
        {
            Assert.NotNull(slide.SlideLayoutPart);
            var ids = slide.Slide.Descendants<P.NonVisualDrawingProperties>().Select(p => p.Id!.Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());

            // A slide placeholder inherits from the layout placeholder with its idx (and type): one must exist.
            var onLayout = slide.SlideLayoutPart!.SlideLayout.Descendants<P.PlaceholderShape>().ToList();
            foreach (var ph in slide.Slide.Descendants<P.PlaceholderShape>())
            {
                Assert.True(onLayout.Any(l => (l.Index?.Value ?? 0) == (ph.Index?.Value ?? 0) && (ph.Type is null || l.Type?.Value == ph.Type.Value)),
                    $"a placeholder (type {ph.Type?.InnerText ?? "obj"}, idx {ph.Index?.Value ?? 0}) has no counterpart on layout {slide.SlideLayoutPart.SlideLayout.CommonSlideData?.Name?.Value}");
            }
        }
    }
}
