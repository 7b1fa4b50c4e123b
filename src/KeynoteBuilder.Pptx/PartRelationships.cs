using System.Security;
using System.Text;

namespace KeynoteBuilder.Pptx;

/// <summary>One part's relationships file (<c>_rels/NAME.rels</c>), with ids chosen by the writer.</summary>
internal sealed class PartRelationships
{
    private readonly StringBuilder _xml = new("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");

    /// <summary>Relates to another part, named from the package root without the leading slash.</summary>
    public PartRelationships Add(string id, string type, string part) => Add(id, type, "/" + part, external: false);

    /// <summary>Relates to something outside the package, such as a web address.</summary>
    public PartRelationships AddExternal(string id, string type, string target) => Add(id, type, target, external: true);

    /// <summary>Relates to another part by a full relationship type URI, as a template's own relationships give it.</summary>
    public PartRelationships AddTyped(string id, string fullType, string part) => Add(id, fullType, "/" + part, external: false, typed: true);

    /// <summary>Relates to something outside the package by a full relationship type URI (a template's hyperlinks).</summary>
    public PartRelationships AddTypedExternal(string id, string fullType, string target) => Add(id, fullType, target, external: true, typed: true);

    /// <summary>The .rels part name that belongs to <paramref name="part"/>.</summary>
    public static string NameFor(string part)
    {
        var slash = part.LastIndexOf('/');
        return $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
    }

    public override string ToString() => _xml + "</Relationships>";

    private PartRelationships Add(string id, string type, string target, bool external, bool typed = false)
    {
        _xml.Append($"<Relationship Id=\"{SecurityElement.Escape(id)}\" Type=\"{(typed ? SecurityElement.Escape(type) : RelationshipTypes.Prefix + type)}\" Target=\"{SecurityElement.Escape(target)}\"{(external ? " TargetMode=\"External\"" : "")}/>");
        return this;
    }
}
