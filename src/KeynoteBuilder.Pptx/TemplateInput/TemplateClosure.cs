namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// Which template parts a deck carries: the chosen master and what it relates to (layouts, theme,
/// pictures, embedded objects), the notes master, the presentation's properties, table styles and
/// embedded fonts, found by following relationships, never by file name. Slides, their notes,
/// comments, thumbnails, printer settings, handout masters, other masters and macros are never followed.
/// </summary>
internal static class TemplateClosure
{
    /// <summary>Relationship types of the presentation part that lead to parts a deck keeps.</summary>
    private static readonly string[] Roots = ["notesMaster", "theme", "presProps", "viewProps", "tableStyles", "font"];

    /// <summary>Relationship types never followed from a kept part.</summary>
    private static readonly string[] Never =
        ["slide", "notesSlide", "slideMaster", "handoutMaster", "comments", "commentAuthors", "printerSettings", "vbaProject", "customXml", "thumbnail", "slideUpdateInfo"];

    /// <summary>The kept parts, in a fixed order, each with the relationships it keeps (to kept parts or external hyperlinks).</summary>
    public static SortedDictionary<string, IReadOnlyList<PackageRelationship>> Of(SafePackage package, string presentation, IEnumerable<string> masters)
    {
        var kept = new SortedDictionary<string, IReadOnlyList<PackageRelationship>>(StringComparer.Ordinal);
        var queue = new Queue<string>(masters);
        foreach (var rel in package.Relationships(presentation).Where(r => !r.External && Roots.Any(r.Is)))
        {
            queue.Enqueue(rel.Target);
        }

        var all = new Dictionary<string, IReadOnlyList<PackageRelationship>>(StringComparer.Ordinal);
        while (queue.TryDequeue(out var part))
        {
            if (all.ContainsKey(part))
            {
                continue;
            }

            if (!package.Exists(part))
            {
                throw new TemplateProblem(Diagnostics.Codes.TemplateMissingPart, $"its part '{part}' is missing, though another part relates to it");
            }

            var rels = package.Relationships(part);
            all[part] = rels;
            foreach (var rel in rels.Where(r => !r.External && !Never.Any(r.Is)))
            {
                queue.Enqueue(rel.Target);
            }
        }

        foreach (var (part, rels) in all)
        {
            kept[part] = rels.Where(r => r.External ? r.Is("hyperlink") : all.ContainsKey(r.Target)).ToList();
        }

        return kept;
    }
}
