using System.Globalization;
using System.Text;

namespace KeynoteBuilder.Templates;

/// <summary>How a role found its layout, for `keynote template`, warnings and the resolution snapshots.</summary>
public enum ResolvedBy
{
    Explicit,
    Name,
    Type,
    Placeholders,
    Fallback,
}

/// <summary>The layout a role uses, how it was found, and for a fallback, which role's layout stands in.</summary>
public sealed record ResolvedLayout(LayoutRole Role, TemplateLayout Layout, ResolvedBy By, LayoutRole? StandIn = null)
{
    public string How => By switch
    {
        ResolvedBy.Explicit => "named in layouts:",
        ResolvedBy.Name => "by name",
        ResolvedBy.Type => "by type",
        ResolvedBy.Placeholders => "by placeholders",
        _ => StandIn is { } other ? $"fallback: the {LayoutRoles.NameOf(other)} layout" : "fallback: the first layout with a title",
    };
}

/// <summary>
/// Finds the layout of a master that serves each of our roles, in the spec's order: `layouts:`, the usual
/// PowerPoint names, the layout's `type` (when its placeholders agree), its placeholder signature, then
/// the nearest role's layout. Deterministic: the same template always resolves the same way.
/// </summary>
public static class LayoutResolver
{
    private static readonly Dictionary<LayoutRole, string[]> Names = new()
    {
        [LayoutRole.Title] = ["Title Slide"],
        [LayoutRole.Section] = ["Section Header"],
        [LayoutRole.Content] = ["Title and Content"],
        [LayoutRole.Statement] = ["Statement", "Quote", "MAIN_POINT"],
        [LayoutRole.TwoColumn] = ["Two Content"],
        [LayoutRole.Comparison] = ["Comparison"],
        [LayoutRole.Picture] = ["Picture with Caption"],
        [LayoutRole.Blank] = ["Blank"],
        [LayoutRole.TitleOnly] = ["Title Only"],
    };

    private static readonly Dictionary<LayoutRole, string[]> Types = new()
    {
        [LayoutRole.Title] = ["title"],
        [LayoutRole.Section] = ["secHead"],
        [LayoutRole.Content] = ["obj", "tx"],
        [LayoutRole.Statement] = [],
        [LayoutRole.TwoColumn] = ["twoObj", "twoColTx"],
        [LayoutRole.Comparison] = ["twoTxTwoObj"],
        [LayoutRole.Picture] = ["picTx"],
        [LayoutRole.Blank] = ["blank"],
        [LayoutRole.TitleOnly] = ["titleOnly"],
    };

    /// <summary>Where each role turns when the template has nothing for it, nearest first.</summary>
    private static readonly Dictionary<LayoutRole, LayoutRole[]> Fallbacks = new()
    {
        [LayoutRole.Title] = [LayoutRole.Section, LayoutRole.TitleOnly, LayoutRole.Content],
        [LayoutRole.Section] = [LayoutRole.Title, LayoutRole.TitleOnly, LayoutRole.Content],
        [LayoutRole.Content] = [LayoutRole.TwoColumn, LayoutRole.Comparison, LayoutRole.TitleOnly],
        [LayoutRole.Statement] = [LayoutRole.Section, LayoutRole.TitleOnly, LayoutRole.Title],
        [LayoutRole.TwoColumn] = [LayoutRole.Comparison, LayoutRole.Content],
        [LayoutRole.Comparison] = [LayoutRole.TwoColumn, LayoutRole.Content],
        [LayoutRole.Picture] = [LayoutRole.Content],
        [LayoutRole.Blank] = [LayoutRole.TitleOnly, LayoutRole.Content],
        [LayoutRole.TitleOnly] = [LayoutRole.Content, LayoutRole.Section],
    };

    /// <summary>Resolves every role on <paramref name="master"/>; <paramref name="explicitLayouts"/> are the layouts `layouts:` named.</summary>
    public static IReadOnlyDictionary<LayoutRole, ResolvedLayout> Resolve(TemplateMaster master, IReadOnlyDictionary<LayoutRole, TemplateLayout>? explicitLayouts = null)
    {
        var direct = new Dictionary<LayoutRole, ResolvedLayout>();
        foreach (var (role, _) in LayoutRoles.All)
        {
            if (explicitLayouts?.TryGetValue(role, out var named) == true)
            {
                direct[role] = new ResolvedLayout(role, named, ResolvedBy.Explicit);
            }
            else if (Find(master, role) is { } found)
            {
                direct[role] = found;
            }
        }

        var result = new Dictionary<LayoutRole, ResolvedLayout>(direct);
        foreach (var (role, _) in LayoutRoles.All.Where(r => !direct.ContainsKey(r.Role)))
        {
            result[role] = Fallbacks[role].Where(direct.ContainsKey).Select(other => new ResolvedLayout(role, direct[other].Layout, ResolvedBy.Fallback, other)).FirstOrDefault()
                ?? new ResolvedLayout(role, master.Layouts.FirstOrDefault(l => l.Placeholders.Any(p => p.IsTitle)) ?? master.Layouts[0], ResolvedBy.Fallback);
        }

        return result;
    }

    /// <summary>The master's layout of that name (normalised), first in the master's order.</summary>
    public static TemplateLayout? ByName(TemplateMaster master, string name)
    {
        var wanted = Normalise(name);
        return master.Layouts.FirstOrDefault(l => Normalise(l.Name) == wanted)
            ?? master.Layouts.FirstOrDefault(l => l.MatchingName is { } m && Normalise(m) == wanted);
    }

    /// <summary>
    /// Names compared as a person reads them: Unicode-normalised, case-folded, whitespace and line breaks
    /// collapsed, and a copy's numeric prefix ("1_Title Slide") dropped.
    /// </summary>
    public static string Normalise(string name)
    {
        var text = string.Join(' ', name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
        var underscore = text.IndexOf('_');
        return underscore > 0 && text[..underscore].All(char.IsAsciiDigit) ? text[(underscore + 1)..] : text;
    }

    private static ResolvedLayout? Find(TemplateMaster master, LayoutRole role)
    {
        foreach (var name in Names[role])
        {
            if (ByName(master, name) is { } layout && Fits(layout, role, strict: false))
            {
                return new ResolvedLayout(role, layout, ResolvedBy.Name);
            }
        }

        if (master.Layouts.FirstOrDefault(l => Types[role].Contains(l.Type) && Fits(l, role, strict: false)) is { } typed)
        {
            return new ResolvedLayout(role, typed, ResolvedBy.Type);
        }

        return master.Layouts.FirstOrDefault(l => Fits(l, role, strict: true)) is { } signed
            ? new ResolvedLayout(role, signed, ResolvedBy.Placeholders)
            : null;
    }

    /// <summary>
    /// Whether a layout's placeholders can hold the role's content. <paramref name="strict"/> is the
    /// signature match alone, for layouts neither named nor typed for the role; otherwise it only rules
    /// out mislabelled layouts (a "Title and Content" with no content placeholder).
    /// </summary>
    private static bool Fits(TemplateLayout layout, LayoutRole role, bool strict)
    {
        var content = layout.ContentPlaceholders.Where(p => !p.Vertical).ToList();
        var titles = content.Count(p => p.IsTitle);
        var bodies = content.Where(p => p.IsBody).ToList();
        var subtitles = content.Count(p => p.Type == "subTitle");
        var pictures = content.Count(p => p.Type == "pic");
        var others = content.Count - titles - bodies.Count - subtitles - pictures;
        var sideBySide = bodies.Select(p => Math.Round(p.Box.X)).Distinct().Count() >= 2;
        return role switch
        {
            LayoutRole.Title => content.Any(p => p.Type == "ctrTitle") || (titles == 1 && subtitles == 1) || (!strict && titles == 1),
            LayoutRole.Section => titles == 1 && (!strict || (layout.Type == "secHead" && bodies.Count <= 1)),
            LayoutRole.Content => titles == 1 && (strict ? bodies.Count == 1 && subtitles + pictures + others == 0 : bodies.Count >= 1),
            LayoutRole.Statement => titles == 1 && !strict,
            LayoutRole.TwoColumn => titles == 1 && bodies.Count == 2 && sideBySide && (!strict || subtitles + pictures + others == 0),
            LayoutRole.Comparison => titles == 1 && bodies.Count == 4 && (!strict || (bodies.Count(p => p.Type == "body") == 2 && subtitles + pictures + others == 0)),
            LayoutRole.Picture => titles == 1 && pictures == 1 && (!strict || (bodies.Count == 1 && others == 0)),
            LayoutRole.Blank => content.Count == 0,
            LayoutRole.TitleOnly => titles == 1 && bodies.Count + subtitles + pictures + others == 0,
            _ => false,
        };
    }
}
