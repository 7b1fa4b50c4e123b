using System.Text;
using System.Xml;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>What is wrong with an SVG, and where in the SVG file (1-based; 0 when the file as a whole).</summary>
public sealed record SvgProblem(SvgProblemKind Kind, string What, int Line, int Column)
{
    public string Where => Line > 0 ? $" (line {Line}, column {Column} of the SVG)" : "";
}

public enum SvgProblemKind
{
    /// <summary>Not well-formed XML, not an <c>svg</c> root, an entity from a DOCTYPE.</summary>
    Broken,

    /// <summary>A reference to a file or address outside the SVG.</summary>
    OutsideReference,

    /// <summary>Past a size or complexity cap.</summary>
    TooComplex,
}

/// <summary>
/// Checks an SVG from the deck before any library draws it: it is untrusted input. Read as XML with no
/// DTD processing and no resolver (an entity from a DOCTYPE is an error, never expanded, so no
/// "billion laughs"); every <c>href</c> (but a link's) and CSS <c>url()</c> points inside the SVG or is a <c>data:</c>
/// URI (nothing is fetched, and the SVG embedded in the slide stands alone); nesting, element count and
/// the count after <c>&lt;use&gt;</c> expansion are capped, so a small file cannot ask for billions of shapes.
/// </summary>
public static class SvgSafety
{
    public const int MaxDepth = 256;
    public const int MaxElements = 100_000;
    public const long MaxDrawnElements = 1_000_000;
    private const string XLink = "http://www.w3.org/1999/xlink";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
    };

    /// <summary>True when the data looks like XML text, so an SVG or nothing: the first non-blank character is '&lt;'.</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }

        var start = data.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && data[start] == '<';
    }

    /// <summary>
    /// The text an SVG draws itself (inside its <c>text</c> elements), up to <paramref name="limit"/> characters;
    /// empty for an SVG that <see cref="Check"/> refuses. Previews draw it with the bundled font only.
    /// </summary>
    public static string DrawnText(byte[] svg, int limit = 20_000)
    {
        var text = new StringBuilder();
        using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), Settings);
        try
        {
            var inText = -1;
            while (reader.Read() && text.Length < limit)
            {
                if (reader.NodeType == XmlNodeType.Element && inText < 0 && reader.LocalName == "text" && !reader.IsEmptyElement)
                {
                    inText = reader.Depth;
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == inText)
                {
                    inText = -1;
                }
                else if (inText >= 0 && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                {
                    text.Append(reader.Value);
                }
            }
        }
        catch (XmlException)
        {
            // Check has said what is wrong with it.
            return "";
        }

        return text.Length > limit ? text.ToString(0, limit) : text.ToString();
    }

    public static SvgProblem? Check(byte[] svg)
    {
        var tree = new SvgUseTree();
        using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), Settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            var rootSeen = false;
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && tree.InStyle && OutsideUrl(reader.Value) is { } text)
                {
                    return Outside(text, info);
                }

                // <?xml-stylesheet href="..."?> asks for a style sheet from elsewhere.
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name == "xml-stylesheet")
                {
                    return Outside(reader.Value, info);
                }

                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    tree.Close();
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!rootSeen && reader.LocalName != "svg")
                {
                    return new(SvgProblemKind.Broken, $"is an XML file whose root is <{reader.Name}>, not an SVG; export it as SVG, PNG or JPEG", info.LineNumber, info.LinePosition);
                }

                rootSeen = true;
                if (reader.Depth >= MaxDepth || tree.Count >= MaxElements)
                {
                    return new(SvgProblemKind.TooComplex, reader.Depth >= MaxDepth
                        ? $"nests elements more than {MaxDepth} deep; simplify or flatten the drawing"
                        : $"has more than {MaxElements:N0} elements; simplify the drawing or export it as PNG", info.LineNumber, info.LinePosition);
                }

                if (Attributes(reader, tree, info) is { } problem)
                {
                    return problem;
                }
            }

            if (!rootSeen)
            {
                return new(SvgProblemKind.Broken, "has no <svg> element; export it again", 0, 0);
            }
        }
        catch (XmlException e) when (e.Message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            return new(SvgProblemKind.Broken, "uses an entity declared in its DOCTYPE; entities are never expanded (an SVG could ask for gigabytes that way), write the text itself", e.LineNumber, e.LinePosition);
        }
        catch (XmlException e)
        {
            return new(SvgProblemKind.Broken, $"is not well-formed XML: {e.Message.Split(" Line ")[0].TrimEnd('.', ' ')}; export it again", e.LineNumber, e.LinePosition);
        }

        return tree.Expanded(MaxDrawnElements) switch
        {
            < 0 => new(SvgProblemKind.Broken, "has a <use> that draws an element containing that same <use>, which never ends; fix the reference", 0, 0),
            > MaxDrawnElements => new(SvgProblemKind.TooComplex, $"draws more than {MaxDrawnElements:N0} elements once its <use> references are expanded; simplify the drawing", 0, 0),
            _ => null,
        };
    }

    /// <summary>Reads one element's attributes: its id, its reference, its inline style. The element joins the tree.</summary>
    private static SvgProblem? Attributes(XmlReader reader, SvgUseTree tree, IXmlLineInfo info)
    {
        var (name, empty) = (reader.LocalName, reader.IsEmptyElement);
        string? id = null;
        string? reference = null;
        while (reader.MoveToNextAttribute())
        {
            var value = reader.Value;
            if (reader.LocalName == "href" && (reader.NamespaceURI.Length == 0 || reader.NamespaceURI == XLink))
            {
                // A link (<a href>) is followed only when someone clicks it, never fetched to draw.
                if (name != "a" && !IsInside(value.Trim()))
                {
                    return Outside(value, info);
                }

                reference = value.Trim();
            }
            else if (reader.LocalName == "id" && reader.NamespaceURI.Length == 0)
            {
                id = value;
            }
            else if (OutsideUrl(value) is { } url)
            {
                return Outside(url, info);
            }
        }

        reader.MoveToElement();
        tree.Open(id, name == "use" && reference is ['#', .. var target] ? target : null, name == "style", empty);
        return null;
    }

    private static SvgProblem Outside(string reference, IXmlLineInfo info)
    {
        var shown = reference.Length > 60 ? reference[..60] + "..." : reference;
        return new(SvgProblemKind.OutsideReference,
            $"refers to '{shown.Trim()}' outside itself, which is never fetched; embed it in the SVG (a data: URI) or export the SVG with its images embedded",
            info.LineNumber, info.LinePosition);
    }

    /// <summary>A reference inside the SVG: to one of its elements, or data written into it.</summary>
    private static bool IsInside(string reference) =>
        reference.Length == 0 || reference.StartsWith('#') || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first CSS <c>url(...)</c> or <c>@import</c> in a text that points outside the SVG, or null.</summary>
    private static string? OutsideUrl(string text)
    {
        if (text.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "@import";
        }

        var at = 0;
        while ((at = text.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += 4;
            var end = text.IndexOf(')', at);
            var target = text[at..(end < 0 ? text.Length : end)].Trim().Trim('\'', '"').Trim();
            if (!IsInside(target))
            {
                return target;
            }
        }

        return null;
    }
}
