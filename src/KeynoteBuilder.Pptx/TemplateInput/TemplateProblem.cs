namespace KeynoteBuilder.Pptx.TemplateInput;

/// <summary>What stops reading a template; caught at the reader's edge and turned into one located error.</summary>
internal sealed class TemplateProblem(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
