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

    /// <summary>The .rels part name that belongs to <paramref name="part"/>.</summary>
    public static string NameFor(string part)
    {
        var slash = part.LastIndexOf('/');
        return $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
    }

    public override string ToString() => _xml + "</Relationships>";

    private PartRelationships Add(string id, string type, string target, bool external)
    {
        _xml.Append($"<Relationship Id=\"{id}\" Type=\"{RelationshipTypes.Prefix}{type}\" Target=\"{SecurityElement.Escape(target)}\"{(external ? " TargetMode=\"External\"" : "")}/>");
        return this;
    }
}
