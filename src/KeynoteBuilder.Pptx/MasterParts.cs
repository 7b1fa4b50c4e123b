using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Pptx;

/// <summary>The theme, slide master, its four layouts and the notes master, filled from the templates.</summary>
internal sealed class MasterParts
{
    public MasterParts(PresentationPart presentation, Deck deck)
    {
        var frame = new SlideFrame(deck.Size);
        var theme = deck.Theme;
        var tokens = new Dictionary<string, string>
        {
            ["TEXT"] = theme.Text,
            ["BACKGROUND"] = theme.Background,
            ["ACCENT"] = theme.Accent,
            ["FONT"] = System.Security.SecurityElement.Escape(XmlText.Clean(theme.Font)) ?? "Arial",
        };
        AddBox(tokens, "TITLE", frame.TitleBox);
        AddBox(tokens, "BODY", new Box(frame.Margin, frame.BodyTop(false), frame.ContentWidth, frame.FooterTop - frame.BodyTop(false) - 8));

        var master = presentation.AddNewPart<SlideMasterPart>("rId1");
        var themePart = master.AddNewPart<ThemePart>("rId10");
        PptxWriter.Feed(themePart, Templates.Fill("theme.xml", tokens));
        presentation.AddPart(themePart, "rId2");

        var layouts = new (SlideLayout Layout, string Type, string Name, string Placeholders)[]
        {
            (SlideLayout.Content, "obj", "Title and Content", Placeholder(2, "Title", "title", null, frame.TitleBox) + Placeholder(3, "Content", null, 1, tokens, "BODY")),
            (SlideLayout.Title, "title", "Title Slide", Placeholder(2, "Title", "ctrTitle", null, new Box(frame.Margin, deck.Size.Height * 0.2, frame.ContentWidth, deck.Size.Height * 0.36))
                + Placeholder(3, "Subtitle", "subTitle", 1, new Box(frame.Margin, deck.Size.Height * 0.62, frame.ContentWidth, deck.Size.Height * 0.28))),
            (SlideLayout.Section, "secHead", "Section Header", Placeholder(2, "Title", "title", null, new Box(frame.Margin, deck.Size.Height * 0.25, frame.ContentWidth, deck.Size.Height * 0.3))
                + Placeholder(3, "Text", "body", 1, new Box(frame.Margin, deck.Size.Height * 0.6, frame.ContentWidth, deck.Size.Height * 0.25))),
            (SlideLayout.Statement, "titleOnly", "Statement", Placeholder(2, "Title", "title", null, new Box(frame.Margin, deck.Size.Height * 0.15, frame.ContentWidth, deck.Size.Height * 0.6))),
        };
        for (var i = 0; i < layouts.Length; i++)
        {
            var part = master.AddNewPart<SlideLayoutPart>($"rId{i + 1}");
            PptxWriter.Feed(part, Templates.Fill("slideLayout.xml", new Dictionary<string, string>
            {
                ["TYPE"] = layouts[i].Type,
                ["NAME"] = layouts[i].Name,
                ["PLACEHOLDERS"] = layouts[i].Placeholders,
            }));
            part.AddPart(master, "rId1");
            Layouts[layouts[i].Layout] = part;
        }

        PptxWriter.Feed(master, Templates.Fill("slideMaster.xml", tokens));

        NotesMaster = presentation.AddNewPart<NotesMasterPart>("rId3");
        var notesTheme = NotesMaster.AddNewPart<ThemePart>("rId1");
        PptxWriter.Feed(notesTheme, Templates.Fill("theme.xml", tokens));
        var imageHeight = (long)Math.Round(5486400 * deck.Size.Height / deck.Size.Width);
        PptxWriter.Feed(NotesMaster, Templates.Fill("notesMaster.xml", new Dictionary<string, string> { ["IMAGE_CY"] = imageHeight.ToString(CultureInfo.InvariantCulture) }));

        var props = presentation.AddNewPart<PresentationPropertiesPart>("rId4");
        PptxWriter.Feed(props, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentationPr xmlns:a=\"{Ns.A}\" xmlns:r=\"{Ns.R}\" xmlns:p=\"{Ns.P}\"/>");
    }

    public Dictionary<SlideLayout, SlideLayoutPart> Layouts { get; } = [];

    public NotesMasterPart NotesMaster { get; }

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
