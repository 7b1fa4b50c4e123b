using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KeynoteBuilder.Bodies;

namespace KeynoteBuilder.Schema;

/// <summary>
/// The JSON Schema (draft-07, what YAML editors support widely) of deck.yaml, written from
/// <see cref="DeckKeys"/> and the registered body kinds, so an editor completes and checks exactly the
/// keys the binder accepts. Written by hand with <see cref="Utf8JsonWriter"/>: no reflection, AOT-clean.
/// </summary>
public static class DeckSchema
{
    /// <summary>Where the repository keeps a copy, and what the sample deck's modeline names.</summary>
    public const string RepositoryPath = "schema/deck.schema.json";

    private static readonly string[] TextTypes = ["string", "number", "boolean"];

    /// <summary>Where nothing written is taken as empty text: a table cell, a bullet "Key:" with nothing after it.</summary>
    private static readonly string[] TextOrEmptyTypes = [.. TextTypes, "null"];

    /// <summary>
    /// The body kinds' own keys: the table each kind's <see cref="IBodyKind.BodyKeys"/> come from, the keys it
    /// requires, and the sets of keys one of which it needs (a chart's data inline, or a CSV file).
    /// </summary>
    private static readonly Dictionary<string, (KeyTable Table, string[] Required, string[][] OneOf)> BodyTables = new()
    {
        ["chart"] = (DeckKeys.Chart, ["type"], [["categories", "series"], ["csv"]]),
        ["table"] = (DeckKeys.Table, [], [["header"], ["csv"]]),
        ["code"] = (DeckKeys.Code, [], [["text"], ["file"]]),
    };

    /// <summary>The tables of slide keys a body kind owns (an image's caption, bullets' reveal).</summary>
    private static readonly KeyTable[] OwnedSlideKeys = [DeckKeys.Image, DeckKeys.Bullets];

    public static byte[] Utf8()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Write(json);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static string Text() => Encoding.UTF8.GetString(Utf8());

    private static void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
        json.WriteString("title", "KeynoteBuilder deck");
        json.WriteString("description", "A talk written as YAML, compiled by `keynote build` into an editable PowerPoint .pptx.");
        WriteObject(json, DeckKeys.Deck, ["title", "slides"]);
        json.WriteStartObject("definitions");

        json.WriteStartObject("theme");
        WriteObject(json, DeckKeys.Theme, []);
        json.WriteEndObject();

        json.WriteStartObject("colors");
        WriteObject(json, DeckKeys.Colors, []);
        json.WriteEndObject();

        // Our layout names, each a template layout's name or names in order of preference.
        json.WriteStartObject("layouts");
        json.WriteString("type", "object");
        json.WriteStartObject("propertyNames");
        WriteStrings(json, "enum", ["title", "section", "content", "statement", "two-column", "comparison", "picture", "blank"]);
        json.WriteEndObject();
        json.WriteStartObject("additionalProperties");
        WriteOneOrList(json, "oneOf", item => item.WriteString("type", "string"));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("slides");
        json.WriteString("type", "array");
        json.WriteNumber("minItems", 1);
        WriteRef(json, "items", "slide");
        json.WriteEndObject();

        WriteSlide(json);
        WriteSteps(json);
        WriteBullets(json);
        WriteBodies(json);
        WriteSeries(json);

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A slide: the shared keys, each body kind's key and the slide keys it owns.</summary>
    private static void WriteSlide(Utf8JsonWriter json)
    {
        json.WriteStartObject("columns");
        json.WriteString("type", "array");
        json.WriteNumber("minItems", 2);
        json.WriteNumber("maxItems", 3);
        WriteRef(json, "items", "column");
        json.WriteEndObject();

        // A column is written like a slide's body: any kind but columns, with the slide keys it owns.
        json.WriteStartObject("column");
        json.WriteString("description", "One column: a body of any kind but columns, with an optional heading.");
        WriteObject(json, new KeyTable(DeckKeys.Column.Where, [.. DeckKeys.Column.Keys, .. BodyKeys(BodyKinds.All.Where(k => k.Key != "columns"))]), []);
        WriteRequiredCaption(json);
        json.WriteEndObject();

        var keys = new List<KeySpec>(DeckKeys.Slide.Keys);
        keys.AddRange(BodyKeys(BodyKinds.All));
        json.WriteStartObject("slide");
        json.WriteString("description", "A slide: a title, and on a content slide one body (bullets, text, table, chart, image, code or columns).");
        WriteObject(json, new KeyTable(DeckKeys.Slide.Where, keys), []);

        // Title and statement slides need a title; a caption belongs to an image.
        json.WriteStartArray("allOf");
        json.WriteStartObject();
        json.WriteStartObject("if");
        json.WriteStartArray("required");
        json.WriteStringValue("layout");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("layout");
        WriteStrings(json, "enum", ["title", "statement"]);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        WriteRequired(json, "then", ["title"]);
        json.WriteEndObject();
        json.WriteEndArray();
        WriteRequiredCaption(json);
        json.WriteEndObject();
    }

    /// <summary>Each kind's key and the slide keys it owns, as the tables describe them; a kind missing there is an error.</summary>
    private static IEnumerable<KeySpec> BodyKeys(IEnumerable<IBodyKind> kinds) => kinds.SelectMany(kind =>
        kind.SlideKeys.Select(key => Find(OwnedSlideKeys, key, $"slide key of the {kind.Key} body")).Prepend(Find([DeckKeys.Bodies], kind.Key, "body kind")));

    /// <summary>A caption belongs to an image.</summary>
    private static void WriteRequiredCaption(Utf8JsonWriter json)
    {
        json.WriteStartObject("dependencies");
        WriteStrings(json, "caption", ["image"]);
        json.WriteEndObject();
    }

    /// <summary>Each body kind whose value is a mapping gets a definition from its own table, which must list exactly its keys.</summary>
    private static void WriteBodies(Utf8JsonWriter json)
    {
        foreach (var kind in BodyKinds.All.Where(k => k.BodyKeys.Count > 0))
        {
            if (!BodyTables.TryGetValue(kind.Key, out var body))
            {
                throw new InvalidOperationException($"the {kind.Key} body's keys have no table in DeckSchema.BodyTables; add one to DeckKeys");
            }

            var table = body.Table;
            if (!table.Names.SequenceEqual(kind.BodyKeys))
            {
                throw new InvalidOperationException($"the {kind.Key} body checks keys {string.Join(", ", kind.BodyKeys)} but its table lists {string.Join(", ", table.Names)}");
            }

            json.WriteStartObject(kind.Key);
            WriteObject(json, table, body.Required);
            WriteAlternatives(json, body.OneOf);
            json.WriteEndObject();
        }

        json.WriteStartObject("rows");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        WriteStrings(json, "type", TextOrEmptyTypes);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("highlight");
        WriteOneOrList(json, "anyOf", item => WriteStrings(item, "type", TextTypes));
        json.WriteEndObject();

        json.WriteStartObject("align");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        WriteStrings(json, "enum", ["left", "center", "right", "centre"]);
        json.WriteString("default", "left");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter json)
    {
        json.WriteStartObject("series");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        WriteObject(json, DeckKeys.Series, ["values"]);
        json.WriteEndObject();
        json.WriteEndObject();

        // A number, null for a gap, or a number written in quotes (values are read as written).
        json.WriteStartObject("values");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        WriteStrings(json, "type", ["number", "null"]);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteString("pattern", @"^\s*[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSteps(Utf8JsonWriter json)
    {
        json.WriteStartObject("steps");
        json.WriteString("type", "array");
        json.WriteNumber("minItems", 1);
        json.WriteStartObject("items");
        json.WriteString("description", "A phrase, or a list of phrases, to emphasise in this step; [] for a plain copy.");
        WriteOneOrList(json, "anyOf", item => WriteStrings(item, "type", TextTypes));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A bullet is text, or `text:` with a list of sub-bullets (or, unquoted, "Dead: ia64", read as written).</summary>
    private static void WriteBullets(Utf8JsonWriter json)
    {
        json.WriteStartObject("bullets");
        json.WriteString("type", "array");
        WriteRef(json, "items", "bullet");
        json.WriteEndObject();

        json.WriteStartObject("bullet");
        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        WriteStrings(json, "type", TextTypes);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteNumber("minProperties", 1);
        json.WriteNumber("maxProperties", 1);
        json.WriteStartObject("additionalProperties");
        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        WriteStrings(json, "type", TextOrEmptyTypes);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("$ref", "#/definitions/bullets");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>An object with exactly these keys: a key the table lacks is refused, as the binder refuses it.</summary>
    private static void WriteObject(Utf8JsonWriter json, KeyTable table, IReadOnlyList<string> required)
    {
        json.WriteString("type", "object");
        if (required.Count > 0)
        {
            WriteStrings(json, "required", required);
        }

        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var key in table.Keys)
        {
            json.WriteStartObject(key.Name);
            WriteKey(json, key);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter json, KeySpec key)
    {
        if (string.IsNullOrWhiteSpace(key.Description))
        {
            throw new InvalidOperationException($"the key '{key.Name}' has no description");
        }

        json.WriteString("description", key.Description);
        switch (key.Shape)
        {
            case ValueShape.Text or ValueShape.Lines:
                WriteStrings(json, "type", TextTypes);
                break;
            case ValueShape.Boolean:
                json.WriteString("type", "boolean");
                break;
            case ValueShape.Color:
                json.WriteString("type", "string");
                json.WriteString("pattern", @"^\s*#?[0-9A-Fa-f]{6}\s*$");
                break;
            case ValueShape.Path:
                json.WriteString("type", "string");
                json.WriteNumber("minLength", 1);
                break;
            case ValueShape.Choice when key.IgnoreCase:
                // JSON Schema's enum is case-sensitive: a pattern that ignores case, and the values as examples for completion.
                json.WriteString("type", "string");
                json.WriteString("pattern", $"^\\s*({string.Join("|", key.Enum.Select(CaseInsensitive))})\\s*$");
                WriteStrings(json, "examples", key.Enum);
                break;
            case ValueShape.Choice:
                json.WriteString("type", "string");
                WriteStrings(json, "enum", key.Enum);
                break;
            case ValueShape.TextList:
                json.WriteString("type", "array");
                WriteText(json, "items");
                break;
            case ValueShape.Structure:
                json.WriteString("$ref", $"#/definitions/{key.Definition ?? throw new InvalidOperationException($"the key '{key.Name}' has no definition")}");
                break;
        }

        if (key.Default is { } fallback)
        {
            if (key.Shape == ValueShape.Boolean)
            {
                json.WriteBoolean("default", fallback == "true");
            }
            else
            {
                json.WriteString("default", fallback);
            }
        }
    }

    /// <summary>One of these sets of keys is required (a chart's data inline, or a CSV file).</summary>
    private static void WriteAlternatives(Utf8JsonWriter json, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        json.WriteStartArray("anyOf");
        foreach (var keys in alternatives)
        {
            json.WriteStartObject();
            WriteStrings(json, "required", keys);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static KeySpec Find(IEnumerable<KeyTable> tables, string name, string what) =>
        tables.SelectMany(t => t.Keys).FirstOrDefault(k => k.Name == name)
        ?? throw new InvalidOperationException($"the {what} '{name}' has no entry in Schema/DeckKeys.cs; add it with its description");

    /// <summary>A value given once or as a list of them: <c>{combinator: [ITEM, {type: array, items: ITEM}]}</c>.</summary>
    private static void WriteOneOrList(Utf8JsonWriter json, string combinator, Action<Utf8JsonWriter> writeItem)
    {
        json.WriteStartArray(combinator);
        json.WriteStartObject();
        writeItem(json);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        writeItem(json);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter json, string property)
    {
        json.WriteStartObject(property);
        WriteStrings(json, "type", TextTypes);
        json.WriteEndObject();
    }

    private static void WriteRef(Utf8JsonWriter json, string property, string definition)
    {
        json.WriteStartObject(property);
        json.WriteString("$ref", $"#/definitions/{definition}");
        json.WriteEndObject();
    }

    private static void WriteRequired(Utf8JsonWriter json, string property, IReadOnlyList<string> keys)
    {
        json.WriteStartObject(property);
        WriteStrings(json, "required", keys);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, IReadOnlyList<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>"c++" as a pattern that matches it in any case: "[cC]\+\+" (only regex syntax escaped: editors use JavaScript's unicode mode).</summary>
    private static string CaseInsensitive(string value) => string.Concat(value.Select(c =>
        char.IsLetter(c) ? $"[{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}]" : @"\^$.*+?()[]{}|/".Contains(c) ? "\\" + c : c.ToString()));
}
