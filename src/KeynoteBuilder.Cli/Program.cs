using System.CommandLine;
using KeynoteBuilder.Binding;
using KeynoteBuilder.Cli;

var root = new RootCommand("KeynoteBuilder: compile a YAML deck into an editable PowerPoint .pptx")
{
    BuildCommand.Create(),
    WatchCommand.Create(),
    InitCommand.Create(),
    SchemaCommand.Create(),
    CompletionCommand.Create(),
    DiffCommand.Create(),
    TemplateCommand.Create(),
};
VersionText.Use(root);
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    var commands = root.Subcommands.Select(c => c.Name).ToList();
    if (args.Length > 0 && !args[0].StartsWith('-') && !commands.Contains(args[0]))
    {
        // The first word is not a command: say so once, with the likely one, instead of the parser's two errors.
        // Two letters swapped (biuld) are two edits, too many for a five-letter word: try the same letters too.
        var guess = DidYouMean.Closest(args[0], commands)
            ?? commands.FirstOrDefault(c => c.Order().SequenceEqual(args[0].ToLowerInvariant().Order()));
        Console.Error.WriteLine(guess is null
            ? $"keynote: unknown command '{args[0]}'; the commands are {string.Join(", ", commands[..^1])} and {commands[^1]}, e.g. 'keynote build deck.yaml'"
            : $"keynote: unknown command '{args[0]}'; did you mean '{guess}'?");
    }
    else
    {
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine($"keynote: {error.Message}");
        }
    }

    Console.Error.WriteLine("Run 'keynote --help' for usage.");
    return ExitCodes.Usage;
}

return parsed.Invoke();
