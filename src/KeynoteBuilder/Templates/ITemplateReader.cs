namespace KeynoteBuilder.Templates;

/// <summary>
/// Reads a template package into a <see cref="TemplateModel"/>. The only implementation knows Open XML;
/// the compiler does not. A template is a file from elsewhere: a reader never throws on its content.
/// </summary>
public interface ITemplateReader
{
    /// <param name="name">The file name, for messages and to tell .potx from .pptm.</param>
    TemplateReadResult Read(string name, byte[] data);
}

/// <summary>A model, or the one problem that stopped reading: its code and what is wrong, naming the part.</summary>
public sealed record TemplateReadResult(TemplateModel? Model, string? Code, string? Problem)
{
    public static TemplateReadResult Of(TemplateModel model) => new(model, null, null);

    public static TemplateReadResult Failed(string code, string problem) => new(null, code, problem);
}
