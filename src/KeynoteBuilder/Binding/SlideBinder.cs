using KeynoteBuilder.Bodies;
using KeynoteBuilder.Bodies.Image;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Binding;

/// <summary>Binds one slide: shared keys here, the body through its registered <see cref="IBodyKind"/>.</summary>
public static class SlideBinder
{
    private static readonly string[] SharedKeys = ["title", "layout", "subtitle", "notes", "source", "footnote", "steps", "background"];

    private static readonly string[] AllKeys =
        [.. SharedKeys, .. BodyKinds.All.Select(k => k.Key), .. BodyKinds.All.SelectMany(k => k.SlideKeys)];

    private static readonly Dictionary<string, SlideLayout> Layouts = new()
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

        var (unindented, strays) = UnindentedBodyKeys(slide, context);
        context.CheckKeys(slide, AllKeys, "a slide", strays);
        var layout = BindLayout(slide, context);
        var title = slide.Get("title") is { } t ? context.Rich(t, "title") : null;
        if (title is null && layout is SlideLayout.Title or SlideLayout.Statement && slide.Get("title") is null)
        {
            context.Diagnostics.Error(Codes.MissingKey, slide.Start, $"a {layout.ToString().ToLowerInvariant()} slide needs a `title:`");
        }

        var body = unindented is null ? BindBody(slide, layout, context) : null;
        CheckCaption(slide, context);
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
        { Background = background };
    }

    /// <summary>A body key (<c>chart:</c>) with its own keys at the slide's indent: reported once; returns that body and the stray keys.</summary>
    private static (string? Body, HashSet<YamlScalar> Strays) UnindentedBodyKeys(YamlMapping slide, BindContext context)
    {
        foreach (var kind in BodyKinds.All.Where(k => k.BodyKeys.Count > 0))
        {
            if (context.UnindentedKeys(slide, kind.Key, AllKeys, kind.BodyKeys) is { Count: > 0 } strays)
            {
                return (kind.Key, strays);
            }
        }

        return (null, []);
    }

    private static SlideLayout BindLayout(YamlMapping slide, BindContext context)
    {
        if (slide.Get("layout") is not { } node)
        {
            return SlideLayout.Content;
        }

        var name = context.Text(node, "layout");
        if (name is not null && Layouts.TryGetValue(name, out var layout))
        {
            return layout;
        }

        if (name is not null)
        {
            var hint = DidYouMean.Closest(name, Layouts.Keys);
            context.Diagnostics.Error(Codes.UnknownLayout, node.Start,
                $"unknown layout '{name}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; use title, section, statement or content");
        }

        return SlideLayout.Content;
    }

    private static SlideBody? BindBody(YamlMapping slide, SlideLayout layout, BindContext context)
    {
        var present = BodyKinds.All.Where(k => slide.Get(k.Key) is not null).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var first = slide.Get(present[0].Key)!;
        if (present.Count > 1)
        {
            var second = slide.Entries.First(e => e.Key.Value == present[1].Key).Key;
            context.Diagnostics.Error(Codes.BodyConflict, second.Start,
                $"this slide already has `{present[0].Key}`; a slide has one body (bullets, text, table, chart or image), split it into two slides");
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

    /// <summary><c>caption</c> is drawn under an image; on any other slide it would vanish, so it is an error there.</summary>
    private static void CheckCaption(YamlMapping slide, BindContext context)
    {
        if (slide.Get("image") is null && slide.Entries.FirstOrDefault(e => e.Key.Value == "caption").Key is { } caption)
        {
            context.Diagnostics.Error(Codes.CaptionWithoutImage, caption.Start,
                "`caption` is the line under an `image`, and this slide has no image; use `source:` for a line under the body, or `subtitle:` for one under the title");
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
