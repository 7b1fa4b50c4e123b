namespace KeynoteBuilder.Pptx.Look;

/// <summary>
/// The slide number as a field (<c>a:fld type="slidenum"</c>): clients show the slide's place in the
/// deck, so the number stays right when slides move. The text is what the layout pass measured.
/// </summary>
internal static class SlideNumberField
{
    /// <summary>One fixed field id: the same deck gives the same bytes (PowerPoint reuses its layout's id the same way).</summary>
    public const string Id = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}";

    /// <summary>The field with <paramref name="escapedText"/> (already XML-escaped) as its last shown value.</summary>
    public static string Xml(string escapedText) => $"<a:fld id=\"{Id}\" type=\"slidenum\"><a:rPr lang=\"en-US\"/><a:t>{escapedText}</a:t></a:fld>";
}
