using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Bodies.Bullets;

/// <summary>
/// <c>bullets:</c> a list whose items are text, or one-key mappings: a list value gives children;
/// a scalar value is the text "key: value" as written (<c>- Dead: ia64</c>).
/// </summary>
public sealed class BulletsKind : BodyKind<BulletsBody>
{
    public const int MaxLevels = 3;

    public override string Key => "bullets";

    /// <summary><c>reveal: true</c> builds the list item by item in a slide show.</summary>
    public override IReadOnlyList<string> SlideKeys => DeckKeys.Bullets.Names;

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        var items = new List<Bullet>();
        if (context.Sequence(value, "bullets") is not { } list)
        {
            return null;
        }

        BindList(list, 0, items, context);
        if (items.Count == 0)
        {
            context.Diagnostics.Error(Codes.EmptyText, value.Start, "bullets is an empty list; add items or remove the key");
        }

        var reveal = slide.Get("reveal") is { } r && context.Boolean(r, "reveal") == true;
        return new BulletsBody(value.Start, items, reveal);
    }

    private static void BindList(YamlSequence list, int level, List<Bullet> items, BindContext context)
    {
        if (level >= MaxLevels)
        {
            context.Diagnostics.Error(Codes.TooManyLevels, list.Start, $"bullets nest at most {MaxLevels} levels; this list is level {level + 1}, flatten it");
            return;
        }

        for (var index = 0; index < list.Items.Count; index++)
        {
            var item = list.Items[index];
            var before = items.Count;
            switch (item)
            {
                case YamlScalar:
                    if (context.Rich(item, "a bullet") is { } text)
                    {
                        items.Add(new Bullet(text, level));
                    }

                    break;
                case YamlMapping { Entries.Count: 1 } map when map.Entries[0].Value is YamlSequence children:
                    var key = map.Entries[0].Key;
                    items.Add(new Bullet(InlineMarkup.Parse(key.Value, BindContext.ContentStart(key), context.Diagnostics), level));
                    BindList(children, level + 1, items, context);
                    break;
                case YamlMapping { Entries.Count: 1 } map when map.Entries[0].Value is YamlScalar:
                    // "- Dead: ia64" is a one-key mapping to YAML; the speaker meant the text.
                    var written = AsWritten(context.Document.Text, map);
                    items.Add(new Bullet(InlineMarkup.Parse(written, map.Start, context.Diagnostics), level));
                    break;
                default:
                    context.Diagnostics.Error(Codes.WrongType, item.Start,
                        $"a bullet must be text, or `text:` followed by a list of sub-bullets, not {item.KindName}; quote it if it contains ': '");
                    break;
            }

            if (items.Count == before + 1 && index < list.Items.Count - 1 && IntroducesAList(items[^1].Text))
            {
                context.Diagnostics.Warning(Codes.ColonWithoutChildren, item.Start,
                    "this item ends with ':' but has no children; indent the items below it (two spaces past its `-`) to make them its sub-items, or remove the colon");
            }
        }
    }

    /// <summary>
    /// An item that ends with ':' announces sub-items. Followed by siblings instead, its children were most
    /// likely not indented: the list comes out flat with a dangling colon. The last item of a list, an item
    /// ending in "::" (C++ scope) or in code, is ordinary text.
    /// </summary>
    private static bool IntroducesAList(RichText text) =>
        text.Runs.Count > 0 && !text.Runs[^1].Code
        && text.Plain.TrimEnd() is var plain && plain.EndsWith(':') && !plain.EndsWith("::", StringComparison.Ordinal);

    /// <summary>One group per top-level item: its paragraph and its children's.</summary>
    internal static List<ParagraphGroup> RevealGroups(IReadOnlyList<Bullet> items)
    {
        var groups = new List<ParagraphGroup>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Level == 0 || groups.Count == 0)
            {
                groups.Add(new ParagraphGroup(i, i));
            }
            else
            {
                groups[^1] = groups[^1] with { Last = i };
            }
        }

        return groups;
    }

    private static string AsWritten(string source, YamlMapping map)
    {
        var key = map.Entries[0].Key;
        var value = map.Entries[0].Value;
        var text = source[key.StartIndex..value.EndIndex];
        var newline = text.IndexOf('\n');
        return (newline < 0 ? text : key.Value + ": " + ((YamlScalar)value).Value).Trim();
    }

    protected override void Layout(BulletsBody body, Box area, LayoutContext context)
    {
        var fit = body.Items.Select(i => new FitParagraph(context.Runs(i.Text), TextGeometry.LevelScale(i.Level), i.Level, Bullet: true)).ToList();
        var (size, fits) = context.Fitter.Fit(fit, area.Width, area.Height, max: TextSizes.Body, min: 14);
        if (!fits)
        {
            context.ReportOverflow(body.Position, "the bullet list");
        }

        var paragraphs = body.Items.Select((item, i) => new Paragraph(
            fit[i].Runs,
            size * TextGeometry.LevelScale(item.Level),
            context.Theme.Text,
            item.Level,
            Bullet: true,
            SpaceBefore: i == 0 ? 0 : TextGeometry.SpaceBefore(item.Level, size))).ToList();
        context.Add(new TextShape(context.Name("Content"), area, TextRole.Body, paragraphs) { Reveal = body.Reveal ? RevealGroups(body.Items) : [] });
    }
}
