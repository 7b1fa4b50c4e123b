using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Binding;

/// <summary>What every binder shares: the source, the diagnostics, and typed readers that report at the value.</summary>
public sealed class BindContext(YamlDocument document, DeckFiles files, DiagnosticBag diagnostics)
{
    public YamlDocument Document { get; } = document;

    public DeckFiles Files { get; } = files;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The faces chart text is drawn from (the bundled one and <c>theme.fonts</c>): binding warns about characters none has.</summary>
    public FontChain Fonts { get; set; } = FontChain.Bundled;

    /// <summary>Reads `template:` files; without one, a deck's template is not read (tests of the binder alone).</summary>
    public Templates.ITemplateReader? Templates { get; init; }

    /// <summary>The deck's template once bound: slides may name its layouts. Null without one, or when it could not be read.</summary>
    public Templates.DeckTemplate? Template { get; set; }

    /// <summary>Whether the deck has a <c>template:</c> key, read or not: a slide's template layout name is then no error of its own.</summary>
    public bool HasTemplateKey { get; set; }

    public YamlMapping? Mapping(YamlNode node, string what)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        if (IsComment(node, what))
        {
            return null;
        }

        Diagnostics.Error(Codes.WrongType, node.Start, $"{what} must be a mapping of keys, not {node.KindName}");
        return null;
    }

    public YamlSequence? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequence sequence)
        {
            return sequence;
        }

        if (IsComment(node, what))
        {
            return null;
        }

        Diagnostics.Error(Codes.WrongType, node.Start, $"{what} must be a list, not {node.KindName}; write it as `- item` lines or [a, b]");
        return null;
    }

    /// <summary>A text value exactly as written; lists and mappings are errors.</summary>
    public string? Text(YamlNode node, string what, bool allowEmpty = false)
    {
        if (node is not YamlScalar scalar)
        {
            Diagnostics.Error(Codes.WrongType, node.Start, $"{what} must be text, not {node.KindName}");
            return null;
        }

        if (IsComment(node, what))
        {
            return null;
        }

        if (scalar.IsNull || (!allowEmpty && scalar.Value.Trim().Length == 0))
        {
            Diagnostics.Error(Codes.EmptyText, node.Start, $"{what} is empty; write the text or remove the key");
            return null;
        }

        return scalar.IsNull ? "" : scalar.Value;
    }

    /// <summary>Reports <c>key: #336791</c>, empty because the value was read as a comment; true if it is that.</summary>
    private bool IsComment(YamlNode node, string what)
    {
        if (node is not YamlScalar { IsNull: true, CommentInstead: { } comment })
        {
            return false;
        }

        Diagnostics.Error(Codes.ValueIsComment, comment.At,
            $"{what} is empty because ` #` starts a YAML comment, so `{comment.Text}` is not read as its value; quote it: `{comment.QuotedForm}`");
        return true;
    }

    public RichText? Rich(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        return CodeFences.Report(node, text, what, this)
            ? RichText.FromPlain(text, ContentStart(node))
            : InlineMarkup.Parse(text, ContentStart(node), Diagnostics);
    }

    /// <summary>Where a scalar's characters start: after the opening quote of a quoted scalar.</summary>
    public static SourcePosition ContentStart(YamlNode node) =>
        node is YamlScalar { IsPlain: false } ? node.Start with { Column = node.Start.Column + 1 } : node.Start;

    public bool? Boolean(YamlNode node, string what)
    {
        if (node is YamlScalar { Value: "true" or "True" or "TRUE" })
        {
            return true;
        }

        if (node is YamlScalar { Value: "false" or "False" or "FALSE" })
        {
            return false;
        }

        if (IsComment(node, what))
        {
            return null;
        }

        Diagnostics.Error(Codes.BadBoolean, node.Start, $"{what} must be true or false, not '{(node as YamlScalar)?.Value ?? node.KindName}'");
        return null;
    }

    /// <summary>A "#RRGGBB" colour as six upper-case hex digits.</summary>
    public string? Color(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        var hex = text.Trim().TrimStart('#');
        if (hex.Length == 6 && hex.All(Uri.IsHexDigit))
        {
            return hex.ToUpperInvariant();
        }

        Diagnostics.Error(Codes.BadColor, node.Start, $"{what} '{text}' is not a colour; write \"#RRGGBB\" in quotes, for example \"#CC0000\"");
        return null;
    }

    /// <summary>
    /// <c>chart:</c> (or <c>theme:</c>) with no value, followed by its own keys written at the parent's
    /// indent: one error at that key that says to indent them, instead of an unknown-key error for
    /// each. Returns the stray keys (for <see cref="CheckKeys"/> to pass over); empty if there are none.
    /// </summary>
    public HashSet<YamlScalar> UnindentedKeys(YamlMapping parent, string key, IReadOnlyCollection<string> parentKeys, IReadOnlyCollection<string> childKeys)
    {
        var index = parent.Entries.ToList().FindIndex(e => e.Key.Value == key);
        if (index < 0 || parent.Entries[index].Value is not YamlScalar { IsNull: true, CommentInstead: null })
        {
            return [];
        }

        var strays = parent.Entries.Skip(index + 1).Select(e => e.Key).Where(k => !parentKeys.Contains(k.Value) && childKeys.Contains(k.Value)).ToHashSet();
        if (strays.Count > 0)
        {
            var (names, one) = (string.Join(", ", strays.Select(k => $"`{k.Value}:`")), strays.Count == 1);
            Diagnostics.Error(Codes.ChildKeysNotIndented, parent.Entries[index].Key.Start,
                $"{names} below `{key}:` {(one ? "is" : "are")} written at the same indent, so {(one ? "it is" : "they are")} not part of the {key}; indent {(one ? "it" : "them")} under `{key}:`, two spaces further than `{key}:`");
        }

        return strays;
    }

    /// <summary>Reports every key not in <paramref name="known"/> (and not already <paramref name="reported"/>), with the closest known key as a hint.</summary>
    public void CheckKeys(YamlMapping mapping, IReadOnlyCollection<string> known, string where, IReadOnlySet<YamlScalar>? reported = null)
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (!known.Contains(key.Value) && reported?.Contains(key) != true)
            {
                var hint = DidYouMean.Closest(key.Value, known);
                var suffix = hint is null ? $"; known keys are {string.Join(", ", known)}" : $"; did you mean '{hint}'?";
                Diagnostics.Error(Codes.UnknownKey, key.Start, $"unknown key '{key.Value}' in {where}{suffix}");
            }
        }
    }
}
