using System.Globalization;
using System.Security;
using System.Text;
using System.Xml.Linq;
using KeynoteBuilder.Bodies.Columns;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// Writes a deck on a speaker's template: the template's parts the deck uses (its chosen master with
/// every layout, themes, notes master, table styles, pictures, embedded fonts; see <see cref="TemplateClosure"/>)
/// copied byte for byte, a presentation part rewritten to list our slides and only those parts, and our
/// slides on the resolved layouts. None of the template's own slides is carried, and no relationship dangles.
/// </summary>
internal static class TemplatePackage
{
    private const string Presentation = PptxWriter.Presentation;

    public static void Write(LaidOutDeck deck, DeckTemplate template, Stream output, DateTimeOffset? timestamp)
    {
        var package = SafePackage.Open(template.Model.Package.ToArray(), PackageLimits.Default);
        var main = TemplateReader.MainPart(package);
        var kept = TemplateClosure.Of(package, main, [template.Master.Part]);
        string Free(string name) => FreeName(kept, name);

        var slides = deck.Slides;
        var notesMaster = kept.Keys.FirstOrDefault(p => package.ContentType(p)?.EndsWith("notesMaster+xml", StringComparison.Ordinal) == true);
        var ownNotes = notesMaster is null && slides.Any(PptxWriter.HasNotes);
        notesMaster ??= Free("ppt/notesMasters/notesMaster1.xml");
        var notesTheme = Free("ppt/theme/keynoteNotesTheme.xml");
        var slideParts = slides.Select((_, i) => Free(PptxWriter.SlidePart(i))).ToList();
        var ownTableStyles = !kept.Keys.Any(p => package.ContentType(p) == BuiltInTableStyle.ContentType)
            && slides.Any(s => s.Shapes.OfType<TableShape>().Any(t => t.Colors is not null)) ? Free("ppt/tableStyles.xml") : null;

        using var zip = new PackageZip(output);
        var types = ContentTypesOf(package, kept, slides, slideParts, ownNotes ? (notesMaster, notesTheme) : null);
        PptxWriter.WritePackageStart(zip, ownTableStyles is null ? types : types.Add(ownTableStyles, BuiltInTableStyle.ContentType), deck, timestamp);

        var presentationRels = package.Relationships(main).Where(r => !r.External && kept.ContainsKey(r.Target) && !r.Is("slideMaster")).ToList();
        var masterRel = package.Relationships(main).First(r => r.Is("slideMaster") && r.Target == template.Master.Part);
        presentationRels.Insert(0, masterRel);
        var ids = new HashSet<string>(presentationRels.Select(r => r.Id), StringComparer.Ordinal);
        string NewId(string stem)
        {
            var n = 1;
            while (!ids.Add($"{stem}{n}"))
            {
                n++;
            }

            return $"{stem}{n}";
        }

        var rels = new PartRelationships();
        foreach (var rel in presentationRels)
        {
            rels.AddTyped(rel.Id, rel.Type, rel.Target);
        }

        var notesId = ownNotes ? NewId("rIdKbNotes") : presentationRels.FirstOrDefault(r => r.Is("notesMaster"))?.Id;
        if (ownNotes)
        {
            rels.Add(notesId!, RelationshipTypes.NotesMaster, notesMaster);
        }

        if (ownTableStyles is not null)
        {
            rels.Add(NewId("rIdKbTableStyles"), BuiltInTableStyle.RelationshipType, ownTableStyles);
            zip.Add(ownTableStyles, BuiltInTableStyle.Xml);
        }

        var slideIds = slideParts.Select(part => (Id: NewId("rIdKbSlide"), Part: part)).ToList();
        foreach (var (id, part) in slideIds)
        {
            rels.Add(id, RelationshipTypes.Slide, part);
        }

        zip.Add(Presentation, PresentationXml(package.Xml(main), masterRel.Id, notesId, slideIds.Select(s => s.Id).ToList()));
        zip.Add(PartRelationships.NameFor(Presentation), rels.ToString());

        foreach (var (part, partRels) in kept)
        {
            zip.Add(part, package.Bytes(part));
            if (partRels.Count > 0)
            {
                var copy = new PartRelationships();
                foreach (var rel in partRels)
                {
                    if (rel.External)
                    {
                        copy.AddTypedExternal(rel.Id, rel.Type, rel.Target);
                    }
                    else
                    {
                        copy.AddTyped(rel.Id, rel.Type, rel.Target);
                    }
                }

                zip.Add(PartRelationships.NameFor(part), copy.ToString());
            }
        }

        if (ownNotes)
        {
            MasterParts.WriteNotesMaster(zip, deck.Deck.Size, notesMaster, notesTheme);
        }

        var media = new MediaParts(zip, MediaPrefix(kept));
        for (var i = 0; i < slides.Count; i++)
        {
            var role = LayoutRoles.Of(slides[i]);
            var layout = template.LayoutOf(slides[i]);
            var columns = TemplateColumns.Of(layout, role);
            var look = new TemplateSlideLook(deck.Deck.Theme, template.Colors, layout, slides[i].Layout, named: slides[i].TemplateLayout is not null)
            {
                Columns = columns?.Fills(2, role == LayoutRole.Comparison) == true ? columns : null,
            };
            PptxWriter.WriteSlide(zip, i, slides[i], look, media, layout.Part, notesMaster, slideParts[i]);
        }
    }

    /// <summary>The template's presentation part, listing our slides, the chosen master and only parts the deck carries.</summary>
    private static string PresentationXml(XDocument template, string masterId, string? notesId, IReadOnlyList<string> slideIds)
    {
        var root = template.Root!;
        var p = OpenXml.P;
        PresentationRoot.Clean(root);

        root.Elements(p + "sldMasterIdLst").Elements(p + "sldMasterId").Where(e => (string?)e.Attribute(OpenXml.R + "id") != masterId).Remove();
        foreach (var kept in root.Elements(p + "sldMasterIdLst").Elements(p + "sldMasterId"))
        {
            // A master's id is at least 2^31 (ECMA-376 ST_SlideMasterId); a damaged one gets the first such.
            if (!uint.TryParse((string?)kept.Attribute("id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id < 2147483648)
            {
                kept.SetAttributeValue("id", "2147483648");
            }
        }

        root.Elements(p + "notesMasterIdLst").Remove();
        var anchor = root.Element(p + "sldMasterIdLst")!;
        if (notesId is not null)
        {
            var notes = new XElement(p + "notesMasterIdLst", new XElement(p + "notesMasterId", new XAttribute(OpenXml.R + "id", notesId)));
            anchor.AddAfterSelf(notes);
            anchor = notes;
        }

        anchor.AddAfterSelf(new XElement(p + "sldIdLst", slideIds.Select((id, i) =>
            new XElement(p + "sldId", new XAttribute("id", 256 + i), new XAttribute(OpenXml.R + "id", id)))));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.ToString(SaveOptions.DisableFormatting);
    }

    private static ContentTypes ContentTypesOf(SafePackage package, IReadOnlyDictionary<string, IReadOnlyList<PackageRelationship>> kept,
        IReadOnlyList<LaidOutSlide> slides, IReadOnlyList<string> slideParts, (string Master, string Theme)? ownNotes)
    {
        var types = new ContentTypes()
            .Add(Presentation, ContentTypes.Presentation)
            .Add(PptxWriter.Core, ContentTypes.CoreProperties)
            .Add(PptxWriter.App, ContentTypes.ExtendedProperties);
        foreach (var part in kept.Keys)
        {
            types.Add(part, package.ContentType(part)!);
        }

        if (ownNotes is { } notes)
        {
            types.Add(notes.Master, ContentTypes.NotesMaster).Add(notes.Theme, ContentTypes.Theme);
        }

        for (var i = 0; i < slides.Count; i++)
        {
            types.Add(slideParts[i], ContentTypes.Slide);
            if (PptxWriter.HasNotes(slides[i]))
            {
                types.Add(PptxWriter.NotesPart(i), ContentTypes.NotesSlide);
            }
        }

        return types;
    }

    /// <summary>A start for our pictures' part names that no kept template part has.</summary>
    private static string MediaPrefix(IReadOnlyDictionary<string, IReadOnlyList<PackageRelationship>> kept)
    {
        var prefix = "ppt/media/keynote-image";
        while (kept.Keys.Any(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            prefix += "-";
        }

        return prefix;
    }

    /// <summary><paramref name="name"/>, or the same with a number added when a kept template part has that name.</summary>
    private static string FreeName(IReadOnlyDictionary<string, IReadOnlyList<PackageRelationship>> kept, string name)
    {
        var (stem, extension) = (name[..name.LastIndexOf('.')], name[name.LastIndexOf('.')..]);
        var candidate = name;
        for (var n = 2; kept.Keys.Any(k => string.Equals(k, candidate, StringComparison.OrdinalIgnoreCase)); n++)
        {
            candidate = $"{stem}-kb{n}{extension}";
        }

        return candidate;
    }
}
