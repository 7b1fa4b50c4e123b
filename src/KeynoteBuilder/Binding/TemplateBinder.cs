using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Binding;

/// <summary>
/// Binds <c>template:</c>, <c>template-master:</c> and <c>layouts:</c>: reads the template (every problem
/// with it located at <c>template:</c>), picks the master, checks the names under <c>layouts:</c> and
/// resolves each of our layouts to one of the template's.
/// </summary>
public static class TemplateBinder
{
    /// <summary>A template is a few MiB; its pictures may make it larger than the 20 MB an image may be.</summary>
    public const long MaxTemplateBytes = 64L << 20;

    public static DeckTemplate? Bind(YamlMapping deck, BindContext context)
    {
        if (deck.Get("template") is not { } node)
        {
            foreach (var key in new[] { "template-master", "layouts" })
            {
                if (deck.Get(key) is not null)
                {
                    var at = deck.Entries.First(e => e.Key.Value == key).Key.Start;
                    context.Diagnostics.Error(Codes.MissingKey, at, $"`{key}:` chooses from a template, but the deck has no `template:`; add `template: FILE.pptx` or remove `{key}:`");
                }
            }

            return null;
        }

        ReportOverrides(deck, context);
        if (context.Text(node, "template") is not { } path || context.Templates is not { } reader)
        {
            return null;
        }

        var data = context.Files.ReadBytes(path, node.Start, context.Diagnostics, MaxTemplateBytes);
        if (data is null)
        {
            return null;
        }

        var read = reader.Read(path, data);
        if (read.Model is not { } model)
        {
            context.Diagnostics.Error(read.Code!, node.Start, $"template '{path}' cannot be used: {read.Problem}");
            return null;
        }

        var master = BindMaster(deck.Get("template-master"), model, context);
        var named = master is null ? null : BindLayouts(deck.Get("layouts"), master, model, context);
        return master is null || named is null ? null : new DeckTemplate(model, master, LayoutResolver.Resolve(master, named)) { Position = node.Start };
    }

    /// <summary>A warning at the first slide of each of our layouts that the template serves only with another's layout.</summary>
    public static void ReportFallbacks(DeckTemplate template, IReadOnlyList<Slide> slides, DiagnosticBag diagnostics)
    {
        foreach (var slide in slides.Where(s => s.TemplateLayout is null).DistinctBy(LayoutRoles.Of))
        {
            var resolved = template.Layouts[LayoutRoles.Of(slide)];
            if (resolved.By == ResolvedBy.Fallback)
            {
                var role = LayoutRoles.NameOf(resolved.Role);
                var instead = resolved.StandIn is { } other ? $"its {LayoutRoles.NameOf(other)} layout, '{resolved.Layout.Name}'" : $"'{resolved.Layout.Name}'";
                diagnostics.Warning(Codes.LayoutFallback, slide.Position,
                    $"template '{template.Model.Name}' has no {role} layout, so {role} slides use {instead}; to choose another, name it under `layouts:` as `{role}: \"LAYOUT NAME\"`");
            }
        }
    }

    /// <summary>
    /// The deck's theme on a template: its text, background and accent are the template's (tx1, bg1, accent1),
    /// and emphasis the speaker's when set, else the template's accent2. The .pptx names those slots, so what
    /// the tool draws itself (free text, bullets, the PDF and PNGs) is in the colours PowerPoint shows.
    /// </summary>
    public static Theme ThemeOn(DeckTemplate template, Theme theme, bool emphasisSet)
    {
        string Slot(string slot, string fallback) => template.Colors.Hex(slot)?.ToUpperInvariant() ?? fallback;
        return theme with
        {
            Text = Slot("tx1", theme.Text),
            Background = Slot("bg1", theme.Background),
            Accent = Slot("accent1", theme.Accent),
            Emphasis = emphasisSet ? theme.Emphasis : Slot("accent2", theme.Emphasis),
        };
    }

    /// <summary>The template decides the slide size and theme; only the emphasis colour stays the deck's.</summary>
    private static void ReportOverrides(YamlMapping deck, BindContext context)
    {
        foreach (var (key, value) in deck.Entries)
        {
            if (key.Value == "size")
            {
                context.Diagnostics.Error(Codes.TemplateDecides, key.Start, "`size:` cannot be set with `template:`: the slide size is the template's; remove `size:`");
            }

            if (key.Value != "theme" || value is not YamlMapping theme)
            {
                continue;
            }

            foreach (var (themeKey, themeValue) in theme.Entries)
            {
                if (themeKey.Value == "colors" && themeValue is YamlMapping colors)
                {
                    foreach (var color in colors.Entries.Where(c => c.Key.Value is "text" or "background" or "accent"))
                    {
                        context.Diagnostics.Error(Codes.TemplateDecides, color.Key.Start,
                            $"`theme.colors.{color.Key.Value}` cannot be set with `template:`: the colours are the template's (only `emphasis` may be set); remove it");
                    }
                }
                else if (themeKey.Value == "font")
                {
                    context.Diagnostics.Error(Codes.TemplateDecides, themeKey.Start, "`theme.font` cannot be set with `template:`: the fonts are the template's; remove it");
                }
            }
        }
    }

    private static TemplateMaster? BindMaster(YamlNode? node, TemplateModel model, BindContext context)
    {
        if (node is null)
        {
            return model.Masters[0];
        }

        if (context.Text(node, "template-master") is not { } name)
        {
            return null;
        }

        var wanted = LayoutResolver.Normalise(name);
        if (model.Masters.FirstOrDefault(m => LayoutResolver.Normalise(m.Name) == wanted) is { } master)
        {
            return master;
        }

        var names = model.Masters.Select(m => m.Name).ToList();
        var hint = DidYouMean.Closest(name, names);
        context.Diagnostics.Error(Codes.UnknownMaster, node.Start,
            $"template '{model.Name}' has no master '{name}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}; its masters are {Listed(names)}");
        return null;
    }

    /// <summary>The layouts `layouts:` names, by role; null when a name there is wrong (reported).</summary>
    private static Dictionary<LayoutRole, TemplateLayout>? BindLayouts(YamlNode? node, TemplateMaster master, TemplateModel model, BindContext context)
    {
        var result = new Dictionary<LayoutRole, TemplateLayout>();
        if (node is null || context.Mapping(node, "layouts") is not { } map)
        {
            return node is null ? result : null;
        }

        var ok = true;
        context.CheckKeys(map, LayoutRoles.All.Select(r => r.Name).ToList(), "layouts");
        foreach (var (key, value) in map.Entries)
        {
            if (LayoutRoles.Parse(key.Value) is not { } role)
            {
                ok = false;
                continue;
            }

            var names = value is YamlSequence list ? list.Items : [value];
            var texts = names.Select(n => (Node: n, Text: context.Text(n, $"layouts.{key.Value}"))).ToList();
            if (texts.Count == 0 || texts.Any(t => t.Text is null))
            {
                ok = false;
                continue;
            }

            if (texts.Select(t => LayoutResolver.ByName(master, t.Text!)).FirstOrDefault(l => l is not null) is { } layout)
            {
                result[role] = layout;
                continue;
            }

            ok = false;
            var (first, text) = (texts[0].Node, texts[0].Text!);
            var layoutNames = master.Layouts.Select(l => l.Name).Distinct().ToList();
            var hint = DidYouMean.Closest(text, layoutNames);
            context.Diagnostics.Error(Codes.UnknownTemplateLayout, first.Start,
                $"master '{master.Name}' of template '{model.Name}' has no layout '{text}'{(texts.Count > 1 ? " (nor the other names listed)" : "")}"
                + (hint is null ? $"; its layouts are {Listed(layoutNames)}" : $"; did you mean '{hint}'?"));
        }

        return ok ? result : null;
    }

    internal static string Listed(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(12).Select(n => $"'{n}'")) + (names.Count > 12 ? $" and {names.Count - 12} more" : "");
}
