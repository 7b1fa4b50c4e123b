namespace KeynoteBuilder.Pptx;

/// <summary>The XML namespaces of PresentationML and DrawingML.</summary>
internal static class Ns
{
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Svg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

    /// <summary>The extension URI PowerPoint writes for an SVG blip beside the PNG fallback.</summary>
    public const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
}
