using KeynoteBuilder.Bodies;
using KeynoteBuilder.Bodies.Columns;
using KeynoteBuilder.Bodies.Image;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Binding;

/// <summary>Binds one slide: shared keys here, the body through its registered <see cref="IBodyKind"/>.</summary>
public static class SlideBinder
{
    // The keys live in Schema/DeckKeys.cs, which the JSON Schema is written from.
    private static readonly IReadOnlyList<string> SharedKeys = DeckKeys.Slide.Names;

    private static readonly string[] AllKeys =
        [.. SharedKeys, .. BodyKinds.All.Select(k => k.Key), .. BodyKinds.All.SelectMany(k => k.SlideKeys)];

    public static IReadOnlyDictionary<string, SlideLayout> Layouts { get; } = new Dictionary<string, SlideLayout>
    {
        ["content"] = SlideLayout.Content,
        ["title"] = SlideLayout.Title,
        ["section"] = SlideLayout.Section,
        ["statement"] = SlideLayout.Statement,
    };

    public static Slide? Bind(YamlNode node, BindContext context)
    {
        if (context.Mapping(node, "a slide") is not { } slide)
        {
            return null;
        }

        var (unindented, strays) = UnindentedBodyKeys(slide, AllKeys, context);
        context.CheckKeys(slide, AllKeys, "a slide", strays);
        var (layout, templateLayout) = BindLayout(slide, context);
        var title = slide.Get("title") is { } t ? context.Rich(t, "title") : null;
        if (title is null && layout is SlideLayout.Title or SlideLayout.Statement && slide.Get("title") is null)
        {
            context.Diagnostics.Error(Codes.MissingKey, slide.Start, $"a {layout.ToString().ToLowerInvariant()} slide needs a `title:`");
        }

        var body = unindented is null ? BindBody(slide, layout, context) : null;
        CheckReveal(slide, context);
        CheckCaption(slide, "slide", context);
        var background = BackgroundPicture.Bind(slide, context);
        var steps = slide.Get("steps") is { } s ? BindSteps(s, body, context) : null;
        return new Slide(
            node.Start,
            layout,
            title,
            slide.Get("subtitle") is { } sub ? Lines(sub, context) : [],
            body,
            slide.Get("notes") is { } n ? Notes(n, context) : null,
            slide.Get("source") is { } src ? context.Rich(src, "source") : null,
            slide.Get("footnote") is { } f ? context.Rich(f, "footnote") : null,
            steps)
        { Background = background, TemplateLayout = templateLayout };
    }

    /// <summary>
    /// A body key (<c>chart:</c>) with its own keys at the indent of <paramref name="parent"/> (a slide or a
    /// column), whose keys are <paramref name="parentKeys"/>: reported once; returns that body and the stray keys.
    /// </summary>
    internal static (string? Body, HashSet<YamlScalar> Strays) UnindentedBodyKeys(YamlMapping parent, IReadOnlyCollection<string> parentKeys, BindContext context)
    {
        foreach (var kind in BodyKinds.All.Where(k => k.BodyKeys.Count > 0))
        {
            if (context.UnindentedKeys(parent, kind.Key, parentKeys, kind.BodyKeys) is { Count: > 0 } strays)
            {
                return (kind.Key, strays);
            }
        }

        return (null, []);
    }

    /// <summary>
    /// One of our layouts, or, in a deck with a template, any layout of the template's chosen master by its
    /// name in PowerPoint: a content slide whose title and body go into that layout's placeholders.
    /// </summary>
    private static (SlideLayout Layout, Templates.TemplateLayout? Named) BindLayout(YamlMapping slide, BindContext context)
    {
        if (slide.Get("layout") is not { } node)
        {
            return (SlideLayout.Content, null);
        }

        var name = context.Text(node, "layout");
        if (name is not null && Layouts.TryGetValue(name, out var layout))
        {
            return (layout, null);
        }

        if (name is null)
        {
            return (SlideLayout.Content, null);
        }

        if (context.Template is { } template)
        {
            if (Templates.LayoutResolver.ByName(template.Master, name) is { } named)
            {
                return (SlideLayout.Content, named);
            }

            var names = template.Master.Layouts.Select(l => l.Name).Where(n => n.Length > 0).Distinct().ToList();
            var closest = DidYouMean.Closest(name, Layouts.Keys.Concat(names));
            context.Diagnostics.Error(Codes.UnknownLayout, node.Start,
                $"unknown layout '{name}'{(closest is null ? "" : $" (did you mean '{closest}'?)")}; use title, section, statement or content, or a layout of template '{template.Model.Name}': {TemplateBinder.Listed(names)}");
            return (SlideLayout.Content, null);
        }

        // Our names are single lower-case words; a name with a capital or a space is written as PowerPoint names layouts.
        var hint = DidYouMean.Closest(name, Layouts.Keys);
        if (hint is not null || !name.Any(c => char.IsUpper(c) || char.IsWhiteSpace(c)))
        {
            context.Diagnostics.Error(Codes.UnknownLayout, node.Start, $"unknown layout '{name}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; use title, section, statement or content");
        }
        else if (!context.HasTemplateKey)
        {
            // A template that failed to read has been reported at `template:`; its layout names are not checked then.
            context.Diagnostics.Error(Codes.TemplateLayoutWithoutTemplate, node.Start,
                $"layout '{name}' is not one of ours (title, section, statement, content), and only a template's layouts can be named otherwise, but the deck has no `template:`; add `template: FILE.pptx` at the top, or use one of ours");
        }

        return (SlideLayout.Content, null);
    }

    private static SlideBody? BindBody(YamlMapping slide, SlideLayout layout, BindContext context)
    {
        var present = BodyKinds.All.Where(k => slide.Get(k.Key) is not null).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var first = slide.Get(present[0].Key)!;
        if (present.Count > 1 && present.OfType<ColumnsKind>().Any())
        {
            // Point at whichever of the two comes second in the file, the one to move.
            var keys = slide.Entries.Select(e => e.Key).Where(k => present.Any(p => p.Key == k.Value)).ToList();
            var body = keys.First(k => k.Value != "columns");
            context.Diagnostics.Error(Codes.BodyBesideColumns, keys[1].Start,
                $"this slide has both `columns` and `{body.Value}`; a slide has either one body or columns: move `{body.Value}` into a column, or remove `columns`");
        }
        else if (present.Count > 1)
        {
            var second = slide.Entries.First(e => e.Key.Value == present[1].Key).Key;
            context.Diagnostics.Error(Codes.BodyConflict, second.Start,
                $"this slide already has `{present[0].Key}`; a slide has one body (bullets, text, table, chart, image, code or columns), split it into two slides, or put both side by side under `columns:`");
        }

        if (layout != SlideLayout.Content)
        {
            var key = slide.Entries.First(e => e.Key.Value == present[0].Key).Key;
            context.Diagnostics.Error(Codes.LayoutBody, key.Start,
                $"a {layout.ToString().ToLowerInvariant()} slide has no body; remove `{present[0].Key}` or use layout: content");
            return null;
        }

        return present[0].Bind(first, slide, context);
    }

    /// <summary>
    /// Speaker notes follow the rule of <c>text</c>: blank lines separate paragraphs, and lines wrapped in the
    /// editor flow together, so Presenter View shows sentences, not a line at every source line break.
    /// Paragraphs stay separated by an empty line in the notes page, as written.
    /// </summary>
    private static string? Notes(YamlNode node, BindContext context) =>
        context.Text(node, "notes") is { } text ? string.Join("\n\n", TextParagraphs.Split(text).Select(b => b.Text)) : null;

    /// <summary><c>caption</c> is drawn under an image; on any other slide or column (<paramref name="where"/>) it would vanish, so it is an error there.</summary>
    internal static void CheckCaption(YamlMapping parent, string where, BindContext context)
    {
        if (parent.Get("image") is null && parent.Entries.FirstOrDefault(e => e.Key.Value == "caption").Key is { } caption)
        {
            context.Diagnostics.Error(Codes.CaptionWithoutImage, caption.Start,
                $"`caption` is the line under an `image`, and this {where} has no image; use `source:` for a line under the body, or `subtitle:` for one under the title");
        }
    }

    /// <summary><c>reveal</c> builds a bullet list item by item; on any other slide nothing would appear on click, so it is an error there.</summary>
    private static void CheckReveal(YamlMapping slide, BindContext context)
    {
        if (slide.Get("bullets") is null && slide.Entries.FirstOrDefault(e => e.Key.Value == "reveal").Key is { } reveal)
        {
            context.Diagnostics.Error(Codes.RevealWithoutBullets, reveal.Start,
                "`reveal: true` shows a slide's bullets one at a time, and this slide has no `bullets:`; remove `reveal`, or write the body as bullets (in columns, put `reveal: true` on the column whose bullets should appear one at a time)");
        }
    }

    /// <summary>A multi-line string: one paragraph per non-empty line.</summary>
    private static List<RichText> Lines(YamlNode node, BindContext context)
    {
        if (context.Text(node, "subtitle") is not { } text)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new List<RichText>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                var at = lines.Length == 1 ? BindContext.ContentStart(node) : node.Start with { Line = node.Start.Line + i + 1 };
                result.Add(InlineMarkup.Parse(lines[i].Trim(), at, context.Diagnostics));
            }
        }

        return result;
    }

    private static List<Step>? BindSteps(YamlNode node, SlideBody? body, BindContext context)
    {
        if (context.Sequence(node, "steps") is not { } list)
        {
            return null;
        }

        if (list.Items.Count == 0)
        {
            context.Diagnostics.Error(Codes.EmptySteps, node.Start, "steps is empty; give at least one step, and [] for a plain copy");
            return null;
        }

        if (body is null || !body.Texts.Any())
        {
            context.Diagnostics.Error(Codes.StepsWithoutBody, node.Start, "steps emphasise phrases in bullets, text or a table, and this slide has none");
            return null;
        }

        var steps = new List<Step>();
        foreach (var item in list.Items)
        {
            var phrases = new List<Phrase>();
            var items = item is YamlScalar { IsNull: false } single ? [single] : context.Sequence(item, "a step")?.Items ?? [];
            foreach (var phrase in items)
            {
                if (context.Text(phrase, "a step phrase") is { } text)
                {
                    phrases.Add(new Phrase(text, phrase.Start));
                }
            }

            steps.Add(new Step(item.Start, phrases));
        }

        return steps;
    }
}
