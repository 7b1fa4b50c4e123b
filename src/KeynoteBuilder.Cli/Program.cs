using System.CommandLine;
using KeynoteBuilder.Cli;

var root = new RootCommand("KeynoteBuilder: compile a YAML deck into an editable PowerPoint .pptx")
{
    BuildCommand.Create(),
    WatchCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"keynote: {error.Message}");
    }

    Console.Error.WriteLine("Run 'keynote --help' for usage.");
    return ExitCodes.Usage;
}

return parsed.Invoke();
