using System.Globalization;
using System.Xml.Linq;

namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// The template's <c>p:presentation</c> element cut down to what a deck's presentation part may carry:
/// the schema's attributes with values of their type, and the children a deck keeps (the slide and
/// master lists are rewritten by the caller). A damaged template (a flipped bit turns saveSubsetFonts
/// into saveSubsmtFonts, a number into text) must not make the part we write invalid; what is dropped
/// is a view or save preference PowerPoint falls back on.
/// </summary>
internal static class PresentationRoot
{
    /// <summary>Children a deck keeps, in schema order: all others are the template's slides, views and guards.</summary>
    private static readonly string[] KeptChildren = ["sldMasterIdLst", "notesMasterIdLst", "sldSz", "notesSz", "embeddedFontLst", "kinsoku", "defaultTextStyle"];

    private static readonly string[] Flags =
    [
        "showSpecialPlsOnTitleSld", "rtl", "removePersonalInfoOnSave", "compatMode", "strictFirstAndLastChars",
        "embedTrueTypeFonts", "saveSubsetFonts", "autoCompressPictures",
    ];

    public static void Clean(XElement root)
    {
        root.Elements().Where(e => e.Name.Namespace != OpenXml.P || !KeptChildren.Contains(e.Name.LocalName)).Remove();
        root.Attributes().Where(a => !a.IsNamespaceDeclaration && !Valid(a)).Remove();
    }

    private static bool Valid(XAttribute attribute)
    {
        if (attribute.Name.Namespace != XNamespace.None)
        {
            return false;
        }

        var value = attribute.Value;
        return attribute.Name.LocalName switch
        {
            var flag when Flags.Contains(flag) => value is "0" or "1" or "true" or "false",
            "firstSlideNum" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var first) && first >= 0,
            "bookmarkIdSeed" => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) && seed is >= 1 and <= 2147483648,
            "conformance" => value is "strict" or "transitional",
            _ => false,
        };
    }
}
