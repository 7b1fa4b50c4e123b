using System.Globalization;
using System.Text;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Pptx.Look;

namespace KeynoteBuilder.Pptx;

/// <summary>The theme, the slide master with its layouts (<see cref="BuiltInLook"/>) and the notes master, filled from the templates.</summary>
internal static class MasterParts
{
    public const string Master = "ppt/slideMasters/slideMaster1.xml";
    public const string NotesMaster = "ppt/notesMasters/notesMaster1.xml";
    public const string PresentationProperties = "ppt/presProps.xml";
    public const string Theme = "ppt/theme/theme1.xml";
    private const string NotesTheme = "ppt/theme/theme2.xml";

    /// <summary>The master's relationship to its theme; its layouts are rId1, rId2, ... in order.</summary>
    private const string ThemeRelationship = "rId100";

    /// <summary>A layout's part, numbered by its place in the master.</summary>
    public static string Layout(BuiltInLook look, LayoutDefinition layout) => LayoutPart(IndexOf(look, layout));

    private static string LayoutPart(int index) => $"ppt/slideLayouts/slideLayout{index + 1}.xml";

    private static int IndexOf(BuiltInLook look, LayoutDefinition layout)
    {
        for (var i = 0; i < look.Layouts.Count; i++)
        {
            if (ReferenceEquals(look.Layouts[i], layout))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"layout {layout.Name} is not in the master");
    }

    /// <summary>Names the content type of every part <see cref="Write"/> adds.</summary>
    public static void Declare(ContentTypes types, BuiltInLook look)
    {
        types.Add(PresentationProperties, ContentTypes.PresentationProperties)
            .Add(Master, ContentTypes.SlideMaster)
            .Add(Theme, ContentTypes.Theme)
            .Add(NotesMaster, ContentTypes.NotesMaster)
            .Add(NotesTheme, ContentTypes.Theme);
        for (var i = 0; i < look.Layouts.Count; i++)
        {
            types.Add(LayoutPart(i), ContentTypes.SlideLayout);
        }
    }

    public static void Write(PackageZip zip, Deck deck, BuiltInLook look)
    {
        var themeXml = Templates.Fill("theme.xml", new Dictionary<string, string>
        {
            ["COLOR_SCHEME"] = look.Colors.SchemeXml(),
            ["FONT"] = System.Security.SecurityElement.Escape(XmlText.Clean(deck.Theme.Font)) ?? "Arial",
        });
        zip.Add(Theme, themeXml);
        zip.Add(PresentationProperties, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentationPr xmlns:a=\"{Ns.A}\" xmlns:r=\"{Ns.R}\" xmlns:p=\"{Ns.P}\"/>");

        var masterRels = new PartRelationships();
        var layoutIds = new StringBuilder();
        for (var i = 0; i < look.Layouts.Count; i++)
        {
            var layout = look.Layouts[i];
            var part = LayoutPart(i);
            var placeholders = new StringBuilder();
            var id = 2;
            foreach (var placeholder in layout.Placeholders)
            {
                var master = look.MasterOf(placeholder);
                placeholders.Append(Placeholder(id++, placeholder, placeholder.Style == master.Style ? "<a:lstStyle/>" : StyleXml.ListStyle(placeholder.Style, look.Colors, master == look.MasterTitle), master.Style.Anchor));
            }

            zip.Add(part, Templates.Fill("slideLayout.xml", new Dictionary<string, string>
            {
                ["TYPE"] = layout.Type is null ? "" : $" type=\"{layout.Type}\"",
                ["NAME"] = layout.Name,
                ["PLACEHOLDERS"] = placeholders.ToString(),
            }));
            zip.Add(PartRelationships.NameFor(part), new PartRelationships().Add("rId1", RelationshipTypes.SlideMaster, Master).ToString());
            var relationship = $"rId{i + 1}";
            masterRels.Add(relationship, RelationshipTypes.SlideLayout, part);
            layoutIds.Append(CultureInfo.InvariantCulture, $"<p:sldLayoutId id=\"{2147483649L + i}\" r:id=\"{relationship}\"/>");
        }

        var masterPlaceholders = new StringBuilder();
        var masterId = 2;
        foreach (var placeholder in new[] { look.MasterTitle, look.MasterBody }.Concat(look.MasterFooters))
        {
            var text = placeholder == look.MasterTitle || placeholder == look.MasterBody
                ? "<a:lstStyle/>"
                : StyleXml.ListStyle(placeholder.Style, look.Colors, major: false);
            masterPlaceholders.Append(Placeholder(masterId++, placeholder, text, inheritedAnchor: null));
        }

        zip.Add(Master, Templates.Fill("slideMaster.xml", new Dictionary<string, string>
        {
            ["PLACEHOLDERS"] = masterPlaceholders.ToString(),
            ["LAYOUT_IDS"] = layoutIds.ToString(),
            ["TEXT_STYLES"] = StyleXml.TextStyles(look.MasterTitle.Style, look.MasterBody.Style, look.Colors),
        }));
        zip.Add(PartRelationships.NameFor(Master), masterRels.Add(ThemeRelationship, RelationshipTypes.Theme, Theme).ToString());

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
            ["COLOR_SCHEME"] = new Look.SchemeColors(theme).SchemeXml(),
            ["FONT"] = theme.Font,
        }));
        var imageHeight = (long)Math.Round(5486400 * size.Height / size.Width);
        zip.Add(part, Templates.Fill("notesMaster.xml", new Dictionary<string, string> { ["IMAGE_CY"] = imageHeight.ToString(CultureInfo.InvariantCulture) }));
        zip.Add(PartRelationships.NameFor(part), new PartRelationships().Add("rId1", RelationshipTypes.Theme, themePart).ToString());
    }

    /// <summary>
    /// A placeholder of the master or a layout: always with its box (so that a client need not look
    /// further up), its anchor where it differs from what it inherits, and shrink-on-overflow.
    /// </summary>
    private static string Placeholder(int id, PlaceholderSlot placeholder, string listStyle, VerticalAnchor? inheritedAnchor)
    {
        var box = placeholder.Box;
        var anchor = placeholder.Style.Anchor == inheritedAnchor ? "" : $" anchor=\"{StyleXml.Anchor(placeholder.Style.Anchor)}\"";
        var autofit = placeholder.Type is "dt" or "ftr" or "sldNum" ? "" : "<a:normAutofit/>";
        var prompt = placeholder.Type == "sldNum" ? $"<a:p>{SlideNumberField.Xml("\u2039#\u203A")}</a:p>" : "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>";
        return $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{placeholder.Name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{placeholder.PhXml}</p:nvPr></p:nvSpPr>"
            + $"<p:spPr><a:xfrm><a:off x=\"{Emu.FromPoints(box.X)}\" y=\"{Emu.FromPoints(box.Y)}\"/><a:ext cx=\"{Emu.FromPoints(box.Width)}\" cy=\"{Emu.FromPoints(box.Height)}\"/></a:xfrm>"
            + (inheritedAnchor is null ? "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" : "") + "</p:spPr>"
            + $"<p:txBody><a:bodyPr{anchor}>{autofit}</a:bodyPr>{listStyle}{prompt}</p:txBody></p:sp>";
    }
}
