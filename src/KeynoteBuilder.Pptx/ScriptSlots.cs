using System.Xml;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Pptx;

/// <summary>
/// What PowerPoint needs to pick fonts for text beyond Latin: a run's language, its East Asian (<c>a:ea</c>)
/// and complex-script (<c>a:cs</c>) font slots, and <c>rtl="1"</c> on a paragraph that reads right to
/// left. All decided from the text's own characters, never from the machine: Latin text is written
/// exactly as before (<c>lang="en-US"</c>, no slots), so a deck without other scripts keeps its bytes.
/// </summary>
internal static class ScriptSlots
{
    /// <summary>What runs whose script names no language say; PowerPoint's own default too.</summary>
    private const string DefaultLanguage = "en-US";

    /// <summary>The language of a run (<see cref="TextScripts.Language"/>), or the default where its script does not say.</summary>
    public static string Language(string run, ParagraphScripts paragraph) => TextScripts.Language(run, paragraph) ?? DefaultLanguage;

    public static bool IsRightToLeft(IReadOnlyList<TextRun> runs) => TextScripts.IsRightToLeftText(string.Concat(runs.Select(r => r.Text)));

    /// <summary>
    /// The theme's East Asian and complex-script fonts (<c>+mn-ea</c>, <c>+mn-cs</c>) for a run that has such
    /// characters: a template's theme names them per script, and where the theme leaves them empty
    /// PowerPoint takes its default for the run's language. Nothing for a run without them.
    /// </summary>
    public static void Write(XmlWriter xml, string text)
    {
        if (TextScripts.Any(text, TextScripts.IsEastAsian))
        {
            Slot(xml, "ea", "+mn-ea");
        }

        if (TextScripts.Any(text, TextScripts.IsComplex))
        {
            Slot(xml, "cs", "+mn-cs");
        }
    }

    private static void Slot(XmlWriter xml, string name, string typeface)
    {
        xml.WriteStartElement("a", name, Ns.A);
        xml.WriteAttributeString("typeface", typeface);
        xml.WriteEndElement();
    }
}
