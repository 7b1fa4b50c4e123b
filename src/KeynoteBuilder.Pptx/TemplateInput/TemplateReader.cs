using System.Globalization;
using System.Xml.Linq;
using KeynoteBuilder.Bodies.Image;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// Reads a speaker's .pptx or .potx into a <see cref="TemplateModel"/>. The file is untrusted: every
/// part the deck would carry is unpacked under caps, parsed without DTDs and checked (relationships
/// inside the package, pictures of sane size, nothing loaded from outside), so a template that reads
/// here can be copied by the writer without surprises.
/// </summary>
public sealed class TemplateReader(PackageLimits? limits = null) : ITemplateReader
{
    private const string PresentationMain = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    /// <summary>The main part's content types we read: presentation, template and slide show, without macros.</summary>
    private static readonly string[] Accepted =
    [
        PresentationMain,
        "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
    ];

    private readonly PackageLimits _limits = limits ?? PackageLimits.Default;

    public TemplateReadResult Read(string name, byte[] data)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is ".pptm" or ".potm" or ".ppsm")
        {
            return TemplateReadResult.Failed(Codes.TemplateWithMacros, "it is macro-enabled (.pptm or .potm); save it as .pptx or .potx");
        }

        try
        {
            return TemplateReadResult.Of(ReadPackage(name, data));
        }
        catch (TemplateProblem problem)
        {
            return TemplateReadResult.Failed(problem.Code, problem.Message);
        }
    }

    /// <summary>Opens the package, checked, for the writer; the template has been read by <see cref="Read"/> before.</summary>
    internal SafePackage Open(ReadOnlyMemory<byte> data) => SafePackage.Open(data.ToArray(), _limits);

    internal static string MainPart(SafePackage package)
    {
        var main = package.Relationships("").FirstOrDefault(r => r.Is("officeDocument") && !r.External)
            ?? throw new TemplateProblem(Codes.TemplateMissingPart, "its _rels/.rels names no main document part");
        var type = package.ContentType(main.Target) ?? "";
        if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new TemplateProblem(Codes.TemplateWithMacros, "its main part is macro-enabled (a .pptm or .potm renamed); save it as .pptx or .potx");
        }

        if (!Accepted.Contains(type))
        {
            throw new TemplateProblem(Codes.TemplateNotAPackage, $"it is not a presentation (its main part '{main.Target}' is '{(type.Length == 0 ? "of no content type" : type)}')");
        }

        return main.Target;
    }

    private TemplateModel ReadPackage(string name, byte[] data)
    {
        var package = SafePackage.Open(data, _limits);
        var main = MainPart(package);
        var presentation = package.Xml(main).Root!;
        var rels = package.Relationships(main).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var size = presentation.Element(OpenXml.P + "sldSz")
            ?? throw new TemplateProblem(Codes.TemplateMissingPart, $"its presentation part '{main}' has no slide size (p:sldSz)");
        var (width, height) = (OpenXml.Points(size, "cx"), OpenXml.Points(size, "cy"));
        if (width is not (> 0 and < 4000) || height is not (> 0 and < 4000))
        {
            throw new TemplateProblem(Codes.TemplateMissingPart, $"its slide size ({size.Attribute("cx")?.Value ?? "?"} x {size.Attribute("cy")?.Value ?? "?"} EMU) is not a size a slide can have");
        }

        var masterParts = (presentation.Element(OpenXml.P + "sldMasterIdLst")?.Elements(OpenXml.P + "sldMasterId") ?? [])
            .Select(id => (string?)id.Attribute(OpenXml.R + "id") is { } rid && rels.TryGetValue(rid, out var rel) && !rel.External
                ? rel.Target
                : throw new TemplateProblem(Codes.TemplateMissingPart, $"a slide master listed in '{main}' has no relationship to its part"))
            .ToList();
        if (masterParts.Count == 0)
        {
            throw new TemplateProblem(Codes.TemplateMissingPart, "it has no slide master");
        }

        // Everything a deck could carry is checked now, so the writer copies it without surprises.
        var closure = TemplateClosure.Of(package, main, masterParts);
        CheckClosure(package, closure, package.Relationships(main));
        var masters = masterParts.Select((part, i) => ReadMaster(package, part, i + 1, width, height)).ToList();
        var notes = rels.Values.Any(r => r.Is("notesMaster") && !r.External);
        return new TemplateModel(Path.GetFileName(name), width, height, masters, notes, data, ThemeLookReader.TableStyle(package, main));
    }

    /// <summary>The root element each kind of kept XML part must have, by the end of its content type.</summary>
    private static readonly Dictionary<string, XName> Roots = new(StringComparer.Ordinal)
    {
        ["slideMaster+xml"] = OpenXml.P + "sldMaster",
        ["slideLayout+xml"] = OpenXml.P + "sldLayout",
        ["notesMaster+xml"] = OpenXml.P + "notesMaster",
        ["theme+xml"] = OpenXml.A + "theme",
        ["tableStyles+xml"] = OpenXml.A + "tblStyleLst",
        ["presProps+xml"] = OpenXml.P + "presentationPr",
        ["viewProps+xml"] = OpenXml.P + "viewPr",
    };

    /// <summary>
    /// Every part a deck could carry unpacks and, if XML, parses with the root its type needs; each is
    /// related to by one relationship type; external targets other than hyperlinks are refused; pictures
    /// must be of a size a slide can show.
    /// </summary>
    private void CheckClosure(SafePackage package, IReadOnlyDictionary<string, IReadOnlyList<PackageRelationship>> closure, IReadOnlyList<PackageRelationship> presentation)
    {
        // The presentation's own relationships are copied too (its theme, notes master...): a damaged type there
        // next to the master's sound one made a package the SDK refuses ("a shared part ... different relationship type").
        var typeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rel in closure.Values.SelectMany(r => r).Concat(presentation).Where(r => !r.External))
        {
            if (typeOf.TryGetValue(rel.Target, out var other) && other != rel.Type)
            {
                throw new TemplateProblem(Codes.TemplateMissingPart, $"its part '{rel.Target}' is related to as two different kinds of part");
            }

            typeOf[rel.Target] = rel.Type;
        }

        foreach (var (part, rels) in closure)
        {
            var kind = package.ContentType(part) ?? "";
            if (typeOf.TryGetValue(part, out var relation) && relation[(relation.LastIndexOf('/') + 1)..] + "+xml" is var expected
                && kind.Length > 0 && Roots.ContainsKey(expected) && !kind.EndsWith("." + expected, StringComparison.Ordinal))
            {
                // A damaged [Content_Types].xml can leave a master typed as plain XML: readers refuse such a package.
                throw new TemplateProblem(Codes.TemplateBadXml, $"its [Content_Types].xml is damaged: the part '{part}' is related to as a {expected[..^4]} but typed '{kind}'");
            }

            if (kind.EndsWith("xml", StringComparison.Ordinal))
            {
                var root = package.Xml(part).Root?.Name;
                if (Roots.FirstOrDefault(r => kind.EndsWith(r.Key, StringComparison.Ordinal)).Value is { } wanted && root != wanted)
                {
                    throw new TemplateProblem(Codes.TemplateBadXml, $"its part '{part}' is not the part its content type says (its root is '{root?.LocalName}', not '{wanted.LocalName}')");
                }
            }
            else
            {
                package.Bytes(part);
            }

            foreach (var rel in package.Relationships(part).Where(r => r.External && !r.Is("hyperlink")))
            {
                throw new TemplateProblem(Codes.TemplateExternalTarget,
                    $"its part '{part}' loads '{Clip(rel.Target)}' from outside the package ({rel.Type[(rel.Type.LastIndexOf('/') + 1)..]}); opening the deck would fetch it, so embed it in the template instead");
            }

            var type = package.ContentType(part)
                ?? throw new TemplateProblem(Codes.TemplateMissingPart, $"its part '{part}' has no content type in [Content_Types].xml");
            if (type.StartsWith("image/", StringComparison.Ordinal))
            {
                CheckImage(part, package.Bytes(part));
            }
        }
    }

    private void CheckImage(string part, byte[] bytes)
    {
        if (ImageHeader.Read(bytes) is { } header
            && (header.Width > _limits.MaxImageSide || header.Height > _limits.MaxImageSide || header.Width * header.Height > _limits.MaxImagePixels))
        {
            throw new TemplateProblem(Codes.TemplateHugeImage,
                $"its picture '{part}' is {header.Width:N0} x {header.Height:N0} pixels, over the cap of {_limits.MaxImageSide:N0} a side and {_limits.MaxImagePixels / 1_000_000:N0} million in all");
        }
    }

    private static TemplateMaster ReadMaster(SafePackage package, string part, int number, double width, double height)
    {
        var xml = package.Xml(part).Root!;
        var rels = package.Relationships(part);
        var themePart = rels.FirstOrDefault(r => r.Is("theme") && !r.External)?.Target
            ?? throw new TemplateProblem(Codes.TemplateMissingPart, $"its slide master '{part}' has no theme");
        var theme = package.Xml(themePart).Root!;
        var fonts = new TemplateFonts(
            (string?)theme.Descendants(OpenXml.A + "majorFont").Elements(OpenXml.A + "latin").FirstOrDefault()?.Attribute("typeface") ?? "",
            (string?)theme.Descendants(OpenXml.A + "minorFont").Elements(OpenXml.A + "latin").FirstOrDefault()?.Attribute("typeface") ?? "");
        var name = NonEmpty((string?)xml.Element(OpenXml.P + "cSld")?.Attribute("name"))
            ?? NonEmpty((string?)theme.Attribute("name"))
            ?? $"Master {number}";
        var master = new MasterStyles(xml, theme, fonts, width, height);

        var byId = rels.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var listed = xml.Element(OpenXml.P + "sldLayoutIdLst")?.Elements(OpenXml.P + "sldLayoutId")
            .Select(id => (string?)id.Attribute(OpenXml.R + "id") is { } rid && byId.TryGetValue(rid, out var rel) && !rel.External && rel.Is("slideLayout")
                ? rel.Target
                : throw new TemplateProblem(Codes.TemplateMissingPart, $"a layout listed in the slide master '{part}' has no relationship to its part"))
            .ToList() ?? rels.Where(r => r.Is("slideLayout") && !r.External).Select(r => r.Target).ToList();
        if (listed.Count == 0)
        {
            throw new TemplateProblem(Codes.TemplateMissingPart, $"its slide master '{name}' ('{part}') has no layouts");
        }

        var layouts = listed.Select(layout => ReadLayout(package, layout, part, master)).ToList();
        return new TemplateMaster(name, part, layouts, fonts, xml.Element(OpenXml.P + "txStyles") is not null, ThemeLookReader.Colors(theme, xml))
        {
            Art = TemplateArtReader.Read(package, part, part),
        };
    }

    private static TemplateLayout ReadLayout(SafePackage package, string part, string masterPart, MasterStyles master)
    {
        var xml = package.Xml(part).Root!;
        if (!package.Relationships(part).Any(r => r.Is("slideMaster") && !r.External && r.Target == masterPart))
        {
            throw new TemplateProblem(Codes.TemplateMissingPart, $"its layout '{part}' has no relationship to its slide master '{masterPart}'");
        }

        var name = (string?)xml.Element(OpenXml.P + "cSld")?.Attribute("name") ?? "";
        var placeholders = OpenXml.Placeholders(xml).Select(master.Inherit).ToList();
        return new TemplateLayout(name, (string?)xml.Attribute("type") ?? "cust", part, placeholders, NonEmpty((string?)xml.Attribute("matchingName")))
        {
            Art = TemplateArtReader.Read(package, part, masterPart),
        };
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Clip(string text) => text.Length > 100 ? text[..100] + "…" : text;
}
