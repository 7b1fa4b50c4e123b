using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote build [DECK] [-o OUT]</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var command = arguments.Command("build", "Compile a deck into a .pptx");
        command.SetAction(result => new DeckBuilder(Console.Out, Console.Error).Build(arguments.Read(result)));
        return command;
    }
}
