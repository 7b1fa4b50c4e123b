using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary>The arguments <c>build</c> and <c>watch</c> share: <c>[DECK] [-o OUT] [--verbose]</c>.</summary>
internal sealed class BuildArguments
{
    private readonly Argument<string> _deck = new("deck")
    {
        Description = "The deck to compile",
        DefaultValueFactory = _ => "deck.yaml",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Where to write the .pptx (default: out/<deck name>.pptx beside the deck)",
    };

    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Show the full details of an internal error",
    };

    /// <summary>A command that takes these arguments.</summary>
    public Command Command(string name, string description) => new(name, description) { _deck, _output, _verbose };

    public BuildRequest Read(ParseResult result)
    {
        // A folder that holds a deck.yaml means that deck: `keynote build talks/kvm-forum`.
        var deck = result.GetValue(_deck)!;
        if (Directory.Exists(deck) && File.Exists(Path.Combine(deck, "deck.yaml")))
        {
            deck = Path.Combine(deck, "deck.yaml");
        }

        return new(deck, result.GetValue(_output), result.GetValue(_verbose));
    }
}
