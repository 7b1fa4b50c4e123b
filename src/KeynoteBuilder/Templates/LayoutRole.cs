using KeynoteBuilder.Model;

namespace KeynoteBuilder.Templates;

/// <summary>Our layouts, as roles a template layout can serve; their names are the deck's (`layout:` and `layouts:` keys).</summary>
public enum LayoutRole
{
    Title,
    Section,
    Content,
    Statement,
    TwoColumn,
    Comparison,
    Picture,
    Blank,
    TitleOnly,
}

public static class LayoutRoles
{
    /// <summary>Every role with its name in a deck, in the order `keynote template` lists them.</summary>
    public static IReadOnlyList<(LayoutRole Role, string Name)> All { get; } =
    [
        (LayoutRole.Title, "title"),
        (LayoutRole.Section, "section"),
        (LayoutRole.Content, "content"),
        (LayoutRole.Statement, "statement"),
        (LayoutRole.TwoColumn, "two-column"),
        (LayoutRole.Comparison, "comparison"),
        (LayoutRole.Picture, "picture"),
        (LayoutRole.Blank, "blank"),
        (LayoutRole.TitleOnly, "title-only"),
    ];

    public static string NameOf(LayoutRole role) => All.First(r => r.Role == role).Name;

    public static LayoutRole? Parse(string name) => All.FirstOrDefault(r => r.Name == name) is { Name: not null } found ? found.Role : null;

    /// <summary>The role a slide of one of the deck's layouts plays.</summary>
    public static LayoutRole Of(SlideLayout layout) => layout switch
    {
        SlideLayout.Title => LayoutRole.Title,
        SlideLayout.Section => LayoutRole.Section,
        SlideLayout.Statement => LayoutRole.Statement,
        _ => LayoutRole.Content,
    };

    /// <summary>The role a slide plays, its body considered: a content slide of two columns is a two-column or comparison slide.</summary>
    public static LayoutRole Of(Slide slide) =>
        slide.Layout == SlideLayout.Content && slide.Body is Bodies.Columns.ColumnsBody { Role: { } columns } ? columns : Of(slide.Layout);

    /// <summary>The role a laid-out slide is written in: the one the layout pass chose (<see cref="Layout.LaidOutSlide.Role"/>), else its layout's.</summary>
    public static LayoutRole Of(Layout.LaidOutSlide slide) => slide.Role ?? Of(slide.Layout);
}
