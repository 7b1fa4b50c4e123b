using KeynoteBuilder.Charts;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Binding;

/// <summary>The bind pass, top level: turns the YAML tree into a <see cref="Deck"/>, reporting every problem it meets.</summary>
public static class DeckBinder
{
    // The keys live in Schema/DeckKeys.cs, which the JSON Schema is written from.
    private static readonly IReadOnlyList<string> Keys = DeckKeys.Deck.Names;
    private static readonly IReadOnlyList<string> ThemeKeys = DeckKeys.Theme.Names;
    private static readonly IReadOnlyList<string> ColorKeys = DeckKeys.Colors.Names;

    public static Deck? Bind(BindContext context)
    {
        var root = context.Document.Root;
        if (context.Mapping(root, "the deck") is not { } deck)
        {
            return null;
        }

        var themeStrays = context.UnindentedKeys(deck, "theme", Keys, ThemeKeys);
        context.CheckKeys(deck, Keys, "the deck", themeStrays);
        string? Optional(string key) => deck.Get(key) is { } node ? context.Text(node, key) : null;
        bool Flag(string key, bool fallback) => deck.Get(key) is { } node ? context.Boolean(node, key) ?? fallback : fallback;

        var title = Optional("title");
        if (deck.Get("title") is null)
        {
            context.Diagnostics.Error(Codes.MissingKey, deck.Start, "the deck has no `title:`; add one at the top, it becomes the document title");
        }

        var info = new DeckInfo(title ?? "", Optional("author"), Optional("organization"), Optional("event"), BindDate(deck.Get("date"), context));
        var template = TemplateBinder.Bind(deck, context);
        (context.Template, context.HasTemplateKey) = (template, deck.Get("template") is not null);
        var size = template is null ? BindSize(deck.Get("size"), context) : new SlideSize("template", template.Model.Width, template.Model.Height);
        var theme = themeStrays.Count == 0 ? BindTheme(deck.Get("theme"), context) : Theme.Default;
        if (template is not null)
        {
            var emphasisSet = deck.Get("theme") is YamlMapping themeMap && themeMap.Get("colors") is YamlMapping colorMap && colorMap.Get("emphasis") is not null;
            theme = TemplateBinder.ThemeOn(template, theme, emphasisSet);
        }

        context.Fonts = new FontChain(theme.Fonts);
        var slides = new List<Slide>();
        if (deck.Get("slides") is not { } slidesNode)
        {
            context.Diagnostics.Error(Codes.MissingKey, deck.Start, "the deck has no `slides:`; add a list of slides");
        }
        else if (context.Sequence(slidesNode, "slides") is { } list)
        {
            if (list.Items.Count == 0)
            {
                context.Diagnostics.Error(Codes.MissingKey, slidesNode.Start, "`slides` is empty; a deck needs at least one slide");
            }

            slides.AddRange(list.Items.Select(item => SlideBinder.Bind(item, context)).OfType<Slide>());
            foreach (var slide in slides)
            {
                ThemeFonts.CheckGlyphs(slide, context);
            }
        }

        if (template is not null)
        {
            TemplateBinder.ReportFallbacks(template, slides, context.Diagnostics);
        }

        return new Deck(info, size, theme, Optional("footer"), Flag("slide-numbers", false), Flag("chart-notes", true), slides, template);
    }

    /// <summary>The date as written; one the package's dates cannot come from is a warning, not a silent fallback.</summary>
    private static string? BindDate(YamlNode? node, BindContext context)
    {
        if (node is null || context.Text(node, "date") is not { } date)
        {
            return null;
        }

        if (Pipeline.DeckDate.TryParse(date) is null)
        {
            context.Diagnostics.Warning(Codes.BadDate, node.Start,
                $"date '{date}' is not a day written YYYY-MM-DD (such as 2014-10-14), so the package's dates come from SOURCE_DATE_EPOCH or a fixed date instead; write it as YYYY-MM-DD");
        }

        return date;
    }

    private static SlideSize BindSize(YamlNode? node, BindContext context)
    {
        switch ((node as YamlScalar)?.Value)
        {
            case null when node is null: return SlideSize.Wide;
            case "16:9": return SlideSize.Wide;
            case "4:3": return SlideSize.Standard;
            default:
                context.Diagnostics.Error(Codes.BadSize, node!.Start, $"unknown slide size '{(node as YamlScalar)?.Value ?? node.KindName}'; use \"16:9\" or \"4:3\" in quotes");
                return SlideSize.Wide;
        }
    }

    private static Theme BindTheme(YamlNode? node, BindContext context)
    {
        var theme = Theme.Default;
        if (node is null || context.Mapping(node, "theme") is not { } map)
        {
            return theme;
        }

        var colorStrays = context.UnindentedKeys(map, "colors", ThemeKeys, ColorKeys);
        context.CheckKeys(map, ThemeKeys, "the theme", colorStrays);
        if (map.Get("font") is { } font && context.Text(font, "font") is { } name)
        {
            theme = theme with { Font = name.Trim() };
        }

        if (colorStrays.Count == 0 && map.Get("colors") is { } colorsNode && context.Mapping(colorsNode, "colors") is { } colors)
        {
            context.CheckKeys(colors, ColorKeys, "the theme colors");
            string Pick(string key, string fallback) => colors.Get(key) is { } c ? context.Color(c, key) ?? fallback : fallback;
            var accent = Pick("accent", theme.Accent);
            theme = theme with
            {
                Text = Pick("text", theme.Text),
                Background = Pick("background", theme.Background),
                Accent = accent,
                Emphasis = Pick("emphasis", colors.Get("accent") is null ? theme.Emphasis : accent),
            };
        }

        if (map.Get("fonts") is { } fonts)
        {
            theme = theme with { Fonts = ThemeFonts.Bind(fonts, context) };
        }

        return theme;
    }
}
