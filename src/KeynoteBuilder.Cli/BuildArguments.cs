using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary>The arguments <c>build</c> and <c>watch</c> share: <c>[DECK] [-o OUT]... [--png-width N] [--notes] [--verbose]</c>.</summary>
internal sealed class BuildArguments
{
    private readonly Argument<string> _deck = new("deck")
    {
        Description = "The deck to compile",
        DefaultValueFactory = _ => "deck.yaml",
    };

    private readonly Option<string[]> _output = new("--output", "-o")
    {
        Description = "Where to write: a .pptx (default: out/<deck name>.pptx beside the deck), a .pdf, a folder ending in / for slide-01.png..., or a .png contact sheet; repeat for several",
    };

    private readonly Option<int> _pngWidth = new("--png-width")
    {
        Description = "Width of each slide's PNG in pixels",
        DefaultValueFactory = _ => Render.SlidePictures.DefaultWidth,
    };

    private readonly Option<bool> _notes = new("--notes")
    {
        Description = "Print each slide's speaker notes under it in the PDF",
    };

    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Show the full details of an internal error",
    };

    /// <summary>A command that takes these arguments.</summary>
    public Command Command(string name, string description) => new(name, description) { _deck, _output, _pngWidth, _notes, _verbose };

    public BuildRequest Read(ParseResult result)
    {
        // A folder that holds a deck.yaml means that deck: `keynote build talks/kvm-forum`.
        var deck = result.GetValue(_deck)!;
        if (Directory.Exists(deck) && File.Exists(Path.Combine(deck, "deck.yaml")))
        {
            deck = Path.Combine(deck, "deck.yaml");
        }

        var outputs = result.GetValue(_output) ?? [];
        return new(deck, outputs.FirstOrDefault(), result.GetValue(_verbose))
        {
            MoreOutputs = [.. outputs.Skip(1)],
            PngWidth = result.GetValue(_pngWidth),
            Notes = result.GetValue(_notes),
        };
    }
}
