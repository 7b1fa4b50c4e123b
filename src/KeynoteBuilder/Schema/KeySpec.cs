namespace KeynoteBuilder.Schema;

/// <summary>What a key's value is, as far as an editor can check it before the compiler does.</summary>
public enum ValueShape
{
    /// <summary>Any scalar, read as written (3.10 stays "3.10"); inline markup allowed where the binder parses it.</summary>
    Text,

    /// <summary>Text over several lines: a YAML block scalar (|) is usual.</summary>
    Lines,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>"#RRGGBB".</summary>
    Color,

    /// <summary>A path relative to the deck.</summary>
    Path,

    /// <summary>One of <see cref="KeySpec.Enum"/>.</summary>
    Choice,

    /// <summary>A list of text.</summary>
    TextList,

    /// <summary>A structure described by its own definition in the schema (<see cref="KeySpec.Definition"/>).</summary>
    Structure,
}

/// <summary>
/// One key the binder accepts, with what an editor shows for it. The binder checks keys against the
/// names of these tables, and the schema generator writes them, so the two cannot drift apart.
/// </summary>
public sealed record KeySpec(string Name, string Description, ValueShape Shape = ValueShape.Text)
{
    /// <summary>The values a <see cref="ValueShape.Choice"/> key takes.</summary>
    public IReadOnlyList<string> Enum { get; init; } = [];

    /// <summary>The <see cref="Enum"/> values are suggestions, not a closed list: other text is checked by the binder (a template's layout names).</summary>
    public bool OpenChoice { get; init; }

    /// <summary>The binder takes the <see cref="Enum"/> values in any case (a language: C or c).</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>The value the compiler uses when the key is missing, as the YAML would spell it; null when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>The schema definition of a <see cref="ValueShape.Structure"/> key (e.g. "chart").</summary>
    public string? Definition { get; init; }
}

/// <summary>A table of keys at one place in a deck; the binder checks a mapping's keys against <see cref="Names"/>.</summary>
public sealed class KeyTable(string where, IReadOnlyList<KeySpec> keys)
{
    /// <summary>Where these keys are written, as messages say it: "the deck", "a chart".</summary>
    public string Where { get; } = where;

    public IReadOnlyList<KeySpec> Keys { get; } = keys;

    public IReadOnlyList<string> Names { get; } = [.. keys.Select(k => k.Name)];

    public KeySpec this[string name] => Keys.First(k => k.Name == name);
}
