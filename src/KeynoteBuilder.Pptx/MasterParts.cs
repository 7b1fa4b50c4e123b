using System.Globalization;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Pptx;

/// <summary>The theme, slide master, its four layouts and the notes master, filled from the templates.</summary>
internal static class MasterParts
{
    public const string Master = "ppt/slideMasters/slideMaster1.xml";
    public const string NotesMaster = "ppt/notesMasters/notesMaster1.xml";
    public const string PresentationProperties = "ppt/presProps.xml";
    public const string Theme = "ppt/theme/theme1.xml";
    private const string NotesTheme = "ppt/theme/theme2.xml";

    /// <summary>The layouts in the master's order; a layout's part is numbered by its place here.</summary>
    private static readonly SlideLayout[] LayoutOrder = [SlideLayout.Content, SlideLayout.Title, SlideLayout.Section, SlideLayout.Statement];

    public static string Layout(SlideLayout layout) => $"ppt/slideLayouts/slideLayout{Array.IndexOf(LayoutOrder, layout) + 1}.xml";

    /// <summary>Names the content type of every part <see cref="Write"/> adds.</summary>
    public static void Declare(ContentTypes types)
    {
        types.Add(PresentationProperties, ContentTypes.PresentationProperties)
            .Add(Master, ContentTypes.SlideMaster)
            .Add(Theme, ContentTypes.Theme)
            .Add(NotesMaster, ContentTypes.NotesMaster)
            .Add(NotesTheme, ContentTypes.Theme);
        foreach (var layout in LayoutOrder)
        {
            types.Add(Layout(layout), ContentTypes.SlideLayout);
        }
    }

    public static void Write(PackageZip zip, Deck deck)
    {
        var frame = new SlideFrame(deck.Size);
        var theme = deck.Theme;
        var tokens = new Dictionary<string, string>
        {
            ["TEXT"] = theme.Text,
            ["BACKGROUND"] = theme.Background,
            ["ACCENT"] = theme.Accent,
            ["LINK"] = theme.Link,
            ["FONT"] = System.Security.SecurityElement.Escape(XmlText.Clean(theme.Font)) ?? "Arial",
        };
        AddBox(tokens, "TITLE", frame.TitleBox);
        AddBox(tokens, "BODY", new Box(frame.Margin, frame.BodyTop(false), frame.ContentWidth, frame.FooterTop - frame.BodyTop(false) - 8));

        var themeXml = Templates.Fill("theme.xml", tokens);
        zip.Add(Theme, themeXml);
        zip.Add(PresentationProperties, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentationPr xmlns:a=\"{Ns.A}\" xmlns:r=\"{Ns.R}\" xmlns:p=\"{Ns.P}\"/>");

        var layouts = new Dictionary<SlideLayout, (string Type, string Name, string Placeholders)>
        {
            [SlideLayout.Content] = ("obj", "Title and Content", Placeholder(2, "Title", "title", null, frame.TitleBox) + Placeholder(3, "Content", null, 1, tokens, "BODY")),
            [SlideLayout.Title] = ("title", "Title Slide", Placeholder(2, "Title", "ctrTitle", null, new Box(frame.Margin, deck.Size.Height * 0.2, frame.ContentWidth, deck.Size.Height * 0.36))
                + Placeholder(3, "Subtitle", "subTitle", 1, new Box(frame.Margin, deck.Size.Height * 0.62, frame.ContentWidth, deck.Size.Height * 0.28))),
            [SlideLayout.Section] = ("secHead", "Section Header", Placeholder(2, "Title", "title", null, new Box(frame.Margin, deck.Size.Height * 0.25, frame.ContentWidth, deck.Size.Height * 0.3))
                + Placeholder(3, "Text", "body", 1, new Box(frame.Margin, deck.Size.Height * 0.6, frame.ContentWidth, deck.Size.Height * 0.25))),
            [SlideLayout.Statement] = ("titleOnly", "Statement", Placeholder(2, "Title", "title", null, new Box(frame.Margin, deck.Size.Height * 0.15, frame.ContentWidth, deck.Size.Height * 0.6))),
        };
        var masterRels = new PartRelationships();
        for (var i = 0; i < LayoutOrder.Length; i++)
        {
            var (type, name, placeholders) = layouts[LayoutOrder[i]];
            var part = Layout(LayoutOrder[i]);
            zip.Add(part, Templates.Fill("slideLayout.xml", new Dictionary<string, string>
            {
                ["TYPE"] = type,
                ["NAME"] = name,
                ["PLACEHOLDERS"] = placeholders,
            }));
            zip.Add(PartRelationships.NameFor(part), new PartRelationships().Add("rId1", RelationshipTypes.SlideMaster, Master).ToString());
            masterRels.Add($"rId{i + 1}", RelationshipTypes.SlideLayout, part);
        }

        // The master's template refers to its layouts as rId1..rId4 and to its theme as rId10.
        zip.Add(Master, Templates.Fill("slideMaster.xml", tokens));
        zip.Add(PartRelationships.NameFor(Master), masterRels.Add("rId10", RelationshipTypes.Theme, Theme).ToString());

        var imageHeight = (long)Math.Round(5486400 * deck.Size.Height / deck.Size.Width);
        zip.Add(NotesTheme, themeXml);
        zip.Add(NotesMaster, Templates.Fill("notesMaster.xml", new Dictionary<string, string> { ["IMAGE_CY"] = imageHeight.ToString(CultureInfo.InvariantCulture) }));
        zip.Add(PartRelationships.NameFor(NotesMaster), new PartRelationships().Add("rId1", RelationshipTypes.Theme, NotesTheme).ToString());
    }

    /// <summary>
    /// KeynoteBuilder's notes master and its theme, under the given part names: for a speaker's template
    /// that has none (no LibreOffice export has one) when the deck has notes.
    /// </summary>
    public static void WriteNotesMaster(PackageZip zip, SlideSize size, string part, string themePart)
    {
        var theme = Model.Theme.Default;
        zip.Add(themePart, Templates.Fill("theme.xml", new Dictionary<string, string>
        {
            ["TEXT"] = theme.Text,
            ["BACKGROUND"] = theme.Background,
            ["ACCENT"] = theme.Accent,
            ["LINK"] = theme.Link,
            ["FONT"] = theme.Font,
        }));
        var imageHeight = (long)Math.Round(5486400 * size.Height / size.Width);
        zip.Add(part, Templates.Fill("notesMaster.xml", new Dictionary<string, string> { ["IMAGE_CY"] = imageHeight.ToString(CultureInfo.InvariantCulture) }));
        zip.Add(PartRelationships.NameFor(part), new PartRelationships().Add("rId1", RelationshipTypes.Theme, themePart).ToString());
    }

    private static void AddBox(Dictionary<string, string> tokens, string name, Box box)
    {
        tokens[name + "_X"] = Emu.FromPoints(box.X).ToString(CultureInfo.InvariantCulture);
        tokens[name + "_Y"] = Emu.FromPoints(box.Y).ToString(CultureInfo.InvariantCulture);
        tokens[name + "_CX"] = Emu.FromPoints(box.Width).ToString(CultureInfo.InvariantCulture);
        tokens[name + "_CY"] = Emu.FromPoints(box.Height).ToString(CultureInfo.InvariantCulture);
    }

    private static string Placeholder(int id, string name, string? type, int? index, Dictionary<string, string> tokens, string box) =>
        Placeholder(id, name, type, index, new Box(
            double.Parse(tokens[box + "_X"], CultureInfo.InvariantCulture) / Emu.PerPoint,
            double.Parse(tokens[box + "_Y"], CultureInfo.InvariantCulture) / Emu.PerPoint,
            double.Parse(tokens[box + "_CX"], CultureInfo.InvariantCulture) / Emu.PerPoint,
            double.Parse(tokens[box + "_CY"], CultureInfo.InvariantCulture) / Emu.PerPoint));

    private static string Placeholder(int id, string name, string? type, int? index, Box box) =>
        ($"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph{(type is null ? "" : $" type=\"{type}\"")}{(index is null ? "" : $" idx=\"{index}\"")}/></p:nvPr></p:nvSpPr>"
        + $"<p:spPr><a:xfrm><a:off x=\"{Emu.FromPoints(box.X)}\" y=\"{Emu.FromPoints(box.Y)}\"/><a:ext cx=\"{Emu.FromPoints(box.Width)}\" cy=\"{Emu.FromPoints(box.Height)}\"/></a:xfrm></p:spPr>"
        + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>");
}
