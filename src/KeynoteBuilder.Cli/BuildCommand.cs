using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote build [DECK] [-o OUT]</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var deck = new Argument<string>("deck")
        {
            Description = "The deck to compile",
            DefaultValueFactory = _ => "deck.yaml",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the .pptx (default: out/<deck name>.pptx beside the deck)",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Show the full details of an internal error",
        };
        var command = new Command("build", "Compile a deck into a .pptx") { deck, output, verbose };
        command.SetAction(result =>
        {
            var request = new BuildRequest(result.GetValue(deck)!, result.GetValue(output), result.GetValue(verbose));
            return new DeckBuilder(Console.Out, Console.Error).Build(request);
        });
        return command;
    }
}
