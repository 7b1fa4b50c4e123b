using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote diff OLD NEW [-o DIR]</c>: which slides two versions of a deck add, remove or change.</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "The old deck: a file, or REV:PATH from git (HEAD~1:deck.yaml)" };
        var now = new Argument<string>("new") { Description = "The new deck: a file, or REV:PATH from git" };
        var output = new Option<string?>("--output", "-o") { Description = "A folder for index.html and the pictures of every changed slide, side by side" };
        var command = new Command("diff", "Say which slides two versions of a deck add, remove or change") { old, now, output };
        command.SetAction(result => new DeckDiff(Console.Out, Console.Error, Environment.CurrentDirectory)
            .Run(result.GetValue(old)!, result.GetValue(now)!, result.GetValue(output)));
        return command;
    }
}
