namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>
/// A table style part for a template that has none: PowerPoint's default, "Medium Style 2 - Accent 1", written out
/// (as <see cref="KeynoteBuilder.Templates.TemplateTableStyle.MediumStyle2Accent1"/> describes it). PowerPoint knows the style by
/// its id alone, but LibreOffice draws a table whose package has no table style part without fills.
/// </summary>
internal static class BuiltInTableStyle
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml";

    public const string RelationshipType = "officeDocument/2006/relationships/tableStyles";

    private const string Line = "<a:ln w=\"12700\" cmpd=\"sng\"><a:solidFill><a:schemeClr val=\"lt1\"/></a:solidFill></a:ln>";

    private const string Text = "<a:fontRef idx=\"minor\"><a:prstClr val=\"black\"/></a:fontRef>";

    public static string Xml { get; } =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + $"<a:tblStyleLst xmlns:a=\"{Ns.A}\" def=\"{KeynoteBuilder.Templates.TemplateTableStyle.MediumStyle2Accent1.Id}\">"
        + $"<a:tblStyle styleId=\"{KeynoteBuilder.Templates.TemplateTableStyle.MediumStyle2Accent1.Id}\" styleName=\"Medium Style 2 - Accent 1\">"
        + $"<a:wholeTbl><a:tcTxStyle>{Text}<a:schemeClr val=\"dk1\"/></a:tcTxStyle><a:tcStyle><a:tcBdr>"
        + $"<a:left>{Line}</a:left><a:right>{Line}</a:right><a:top>{Line}</a:top><a:bottom>{Line}</a:bottom><a:insideH>{Line}</a:insideH><a:insideV>{Line}</a:insideV>"
        + "</a:tcBdr><a:fill><a:solidFill><a:schemeClr val=\"accent1\"><a:tint val=\"20000\"/></a:schemeClr></a:solidFill></a:fill></a:tcStyle></a:wholeTbl>"
        + "<a:band1H><a:tcStyle><a:tcBdr/><a:fill><a:solidFill><a:schemeClr val=\"accent1\"><a:tint val=\"40000\"/></a:schemeClr></a:solidFill></a:fill></a:tcStyle></a:band1H>"
        + "<a:band2H><a:tcStyle><a:tcBdr/></a:tcStyle></a:band2H>"
        + $"<a:firstRow><a:tcTxStyle b=\"on\">{Text}<a:schemeClr val=\"lt1\"/></a:tcTxStyle><a:tcStyle><a:tcBdr>"
        + "<a:bottom><a:ln w=\"38100\" cmpd=\"sng\"><a:solidFill><a:schemeClr val=\"lt1\"/></a:solidFill></a:ln></a:bottom>"
        + "</a:tcBdr><a:fill><a:solidFill><a:schemeClr val=\"accent1\"/></a:solidFill></a:fill></a:tcStyle></a:firstRow>"
        + "</a:tblStyle></a:tblStyleLst>";
}
