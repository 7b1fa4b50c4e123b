using System.Text;
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

    /// <summary>
    /// A run's text cut where its script's language changes ("Example Corp · 東京 · القاهرة" is English,
    /// then Korean or Japanese, then Arabic), each piece with its language: LibreOffice draws a
    /// character with the font of the language its run names, so Arabic in a run that says Korean was
    /// drawn as boxes. Characters of no script (spaces, punctuation, digits, marks) stay with the piece
    /// before them, or the first piece when they lead. Text of one language is one piece, the run itself.
    /// </summary>
    public static IEnumerable<(string Text, string Language)> Pieces(string text, ParagraphScripts paragraph)
    {
        string? language = null;
        var start = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var script = TextScripts.Language(rune, paragraph) ?? (Rune.IsLetter(rune) ? DefaultLanguage : null);
            if (script is not null && language is not null && script != language)
            {
                yield return (text[start..index], language);
                start = index;
            }

            language = script ?? language;
            index += rune.Utf16SequenceLength;
        }

        yield return (start == 0 ? text : text[start..], language ?? DefaultLanguage);
    }

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
