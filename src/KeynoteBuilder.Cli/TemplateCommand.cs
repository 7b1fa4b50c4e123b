using System.CommandLine;
using KeynoteBuilder.Pptx.TemplateInput;

namespace KeynoteBuilder.Cli;

/// <summary>
/// <c>keynote template TEMPLATE</c>: what a template offers (masters, layouts, placeholders) and which
/// of our layouts each one serves, so a speaker can write <c>layouts:</c>.
/// </summary>
public static class TemplateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("TEMPLATE") { Description = "A .pptx or .potx" };
        var command = new Command("template", "Show a template's masters and layouts, and which layout each of ours uses") { file };
        command.SetAction(result => Run(result.GetValue(file)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        byte[] data;
        try
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"keynote: '{path}' is a folder; name a .pptx or .potx file");
                return ExitCodes.Usage;
            }

            var info = new FileInfo(path);
            if (info.Exists && info.Length > Binding.TemplateBinder.MaxTemplateBytes)
            {
                stderr.WriteLine($"{path}: error {Diagnostics.Codes.TemplateTooLarge}: template '{info.Name}' is {info.Length:N0} bytes, over the limit of {Binding.TemplateBinder.MaxTemplateBytes:N0}");
                return ExitCodes.DeckErrors;
            }

            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"keynote: cannot read '{path}': {ex.Message}");
            return ExitCodes.Usage;
        }

        var read = new TemplateReader().Read(path, data);
        if (read.Model is not { } model)
        {
            stderr.WriteLine($"{path}: error {read.Code}: template '{Path.GetFileName(path)}' cannot be used: {read.Problem}");
            return ExitCodes.DeckErrors;
        }

        TemplateReport.Write(model, stdout);
        return ExitCodes.Built;
    }
}
