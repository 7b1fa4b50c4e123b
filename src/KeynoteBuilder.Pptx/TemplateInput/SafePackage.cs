using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using KeynoteBuilder.Diagnostics;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// An untrusted OPC package, opened under <see cref="PackageLimits"/>: entry names checked, sizes capped
/// as declared and again as actually unpacked, XML parsed without DTDs. Every problem is a
/// <see cref="TemplateProblem"/> naming the part.
/// </summary>
internal sealed partial class SafePackage
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
    };

    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly PackageLimits _limits;
    private long _unpacked;

    private SafePackage(ZipArchive zip, PackageLimits limits)
    {
        _limits = limits;
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new TemplateProblem(Codes.TemplateTooLarge, $"it has {zip.Entries.Count:N0} entries, over the cap of {limits.MaxEntries:N0}");
        }

        var folded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (BadName(name) is { } why)
            {
                throw new TemplateProblem(Codes.TemplateBadEntryName, $"its entry '{Shown(name)}' {why}");
            }

            if (!folded.Add(name))
            {
                throw new TemplateProblem(Codes.TemplateBadEntryName, $"it has two entries named '{Shown(name)}' (ignoring case)");
            }

            if (name.EndsWith('/'))
            {
                continue;
            }

            CheckSize(name, entry.Length, entry.CompressedLength);
            declared += entry.Length;
            if (declared > limits.MaxTotalBytes)
            {
                throw new TemplateProblem(Codes.TemplateTooLarge, $"its parts unpack to over {limits.MaxTotalBytes >> 20} MiB, the cap");
            }

            _entries[name] = entry;
        }

        if (!_entries.ContainsKey("[Content_Types].xml"))
        {
            throw new TemplateProblem(Codes.TemplateMissingPart, "it has no [Content_Types].xml, so it is a zip but not an Office package");
        }

        ReadContentTypes();
    }

    public IEnumerable<string> PartNames => _entries.Keys.Where(n => n != "[Content_Types].xml" && !n.Contains("_rels/", StringComparison.Ordinal));

    /// <summary>Opens <paramref name="data"/> as a zip; anything else (an encrypted file, an LFS pointer) is a problem that says what it is.</summary>
    public static SafePackage Open(byte[] data, PackageLimits limits)
    {
        if (!data.AsSpan().StartsWith("PK\u0003\u0004"u8) && !data.AsSpan().StartsWith("PK\u0005\u0006"u8))
        {
            throw new TemplateProblem(Codes.TemplateNotAPackage, WhatItIs(data));
        }

        try
        {
            return new SafePackage(new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read), limits);
        }
        catch (InvalidDataException ex)
        {
            throw new TemplateProblem(Codes.TemplateNotAPackage, $"it is a damaged zip ({ex.Message.TrimEnd('.')})");
        }
    }

    public bool Exists(string part) => _entries.ContainsKey(part);

    public string? ContentType(string part)
    {
        if (_overrides.TryGetValue("/" + part, out var type))
        {
            return type;
        }

        var dot = part.LastIndexOf('.');
        return dot >= 0 && _defaults.TryGetValue(part[(dot + 1)..], out type) ? type : null;
    }

    /// <summary>The part's bytes, read under the caps whatever its header claimed.</summary>
    public byte[] Bytes(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw new TemplateProblem(Codes.TemplateMissingPart, $"its part '{part}' is missing");
        }

        try
        {
            using var stream = entry.Open();
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                _unpacked += read;
                if (buffer.Length > entry.Length || buffer.Length > _limits.MaxPartBytes || _unpacked > _limits.MaxTotalBytes)
                {
                    throw new TemplateProblem(Codes.TemplateTooLarge, $"its part '{part}' unpacks to more than its header says or than the caps allow");
                }
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new TemplateProblem(Codes.TemplateNotAPackage, $"its part '{part}' is damaged ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>A part parsed as XML, with no DTD and no external entity ever read.</summary>
    public XDocument Xml(string part)
    {
        var bytes = Bytes(part);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), XmlSettings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new TemplateProblem(Codes.TemplateBadXml, $"its part '{part}' is not well-formed XML (line {ex.LineNumber}: {ex.Message.Split(" Line ")[0].TrimEnd('.', ',')})");
        }
    }

    /// <summary>The relationships of <paramref name="part"/> (none when it has no .rels), targets resolved to part names.</summary>
    public IReadOnlyList<PackageRelationship> Relationships(string part)
    {
        var slash = part.LastIndexOf('/');
        var rels = $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
        if (!_entries.ContainsKey(rels))
        {
            return [];
        }

        var list = new List<PackageRelationship>();
        foreach (var element in Xml(rels).Root?.Elements(XName.Get("Relationship", RelationshipsNs)) ?? [])
        {
            var (id, type, target) = ((string?)element.Attribute("Id"), (string?)element.Attribute("Type"), (string?)element.Attribute("Target"));
            if (id is null || type is null || target is null)
            {
                throw new TemplateProblem(Codes.TemplateMissingPart, $"a relationship in '{rels}' lacks its Id, Type or Target");
            }

            var external = string.Equals((string?)element.Attribute("TargetMode"), "External", StringComparison.Ordinal);
            list.Add(new PackageRelationship(id, type, external ? target : Resolve(part, target, rels), external));
        }

        return list;
    }

    /// <summary>A relative target resolved against its source's folder; one that climbs out of the package is a problem.</summary>
    private static string Resolve(string source, string target, string rels)
    {
        target = Uri.UnescapeDataString(target.Split('#')[0]);
        var parts = target.StartsWith('/')
            ? new List<string>()
            : source.Split('/')[..^1].ToList();
        foreach (var segment in target.TrimStart('/').Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    throw new TemplateProblem(Codes.TemplateBadEntryName, $"a relationship in '{rels}' points outside the package ('{Shown(target)}')");
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private void ReadContentTypes()
    {
        var root = Xml("[Content_Types].xml").Root;
        foreach (var element in root?.Elements(XName.Get("Default", ContentTypesNs)) ?? [])
        {
            if ((string?)element.Attribute("Extension") is { } extension && (string?)element.Attribute("ContentType") is { } type)
            {
                _defaults[extension] = Checked(type);
            }
        }

        foreach (var element in root?.Elements(XName.Get("Override", ContentTypesNs)) ?? [])
        {
            if ((string?)element.Attribute("PartName") is { } name && (string?)element.Attribute("ContentType") is { } type)
            {
                _overrides[Uri.UnescapeDataString(name)] = Checked(type);
            }
        }
    }

    /// <summary>
    /// A content type as RFC 2616 writes one (type/subtype, parameters): the deck's own [Content_Types].xml
    /// carries the types of the parts it copies, and one damaged type makes every reader refuse the whole package.
    /// </summary>
    private static string Checked(string type) => MediaType().IsMatch(type)
        ? type
        : throw new TemplateProblem(Codes.TemplateBadXml, $"its [Content_Types].xml is damaged: '{Shown(type)}' is not a content type");

    [GeneratedRegex("""^[-!#$%&'*+.^_`|~0-9A-Za-z]+/[-!#$%&'*+.^_`|~0-9A-Za-z]+(\s*;\s*[-!#$%&'*+.^_`|~0-9A-Za-z]+=([-!#$%&'*+.^_`|~0-9A-Za-z]+|"[^"\\]*"))*$""")]
    private static partial Regex MediaType();

    private void CheckSize(string name, long length, long compressed)
    {
        if (length > _limits.MaxPartBytes)
        {
            throw new TemplateProblem(Codes.TemplateTooLarge, $"its part '{Shown(name)}' unpacks to {length:N0} bytes, over the cap of {_limits.MaxPartBytes >> 20} MiB a part");
        }

        if (length > PackageLimits.RatioFloorBytes && length > compressed * _limits.MaxRatio)
        {
            throw new TemplateProblem(Codes.TemplateTooLarge,
                $"its part '{Shown(name)}' unpacks to {length / (double)Math.Max(1, compressed):N0} times its packed size, the mark of a zip bomb (the cap is {_limits.MaxRatio:N0})");
        }
    }

    private static string? BadName(string name)
    {
        if (name.Length == 0 || name.Length > 1024)
        {
            return "has no name or a name over 1,024 characters";
        }

        if (name.StartsWith('/') || name.Contains('\\') || name.Contains(':'))
        {
            return "is named from outside the package (a leading slash, a backslash or a drive letter)";
        }

        if (name.Split('/').Any(segment => segment is ".." or "."))
        {
            return "has '..' or '.' in its name, which would reach outside the package";
        }

        return name.Any(char.IsControl) ? "has a control character in its name" : null;
    }

    private static string WhatItIs(byte[] data)
    {
        var span = data.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "it is an OLE compound file: a password-protected (encrypted) .pptx or an old binary .ppt; save it without a password as .pptx or .potx";
        }

        if (span.StartsWith("version https://git-lfs"u8))
        {
            return "it is a Git LFS pointer, not the file itself; run `git lfs pull` to fetch it";
        }

        return data.Length == 0 ? "it is empty" : "it is not a zip package; a .pptx or .potx is one";
    }

    /// <summary>A name as shown in a message: control characters escaped, long names cut.</summary>
    private static string Shown(string name)
    {
        var clean = string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return clean.Length > 120 ? clean[..120] + "…" : clean;
    }
}

/// <summary>One relationship: an internal target is a part name from the package root; an external one is kept as written.</summary>
internal sealed record PackageRelationship(string Id, string Type, string Target, bool External)
{
    public bool Is(string suffix) => Type.EndsWith("/" + suffix, StringComparison.Ordinal);
}
