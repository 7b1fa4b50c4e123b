using System.CommandLine;
using System.Runtime.InteropServices;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote watch [DECK] [-o OUT]</c>: build, then rebuild on every change until Ctrl+C.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var deck = new Argument<string>("deck")
        {
            Description = "The deck to compile and watch",
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
        var command = new Command("watch", "Compile a deck, then rebuild it whenever it or a file it uses changes") { deck, output, verbose };
        command.SetAction(result =>
        {
            var request = new BuildRequest(result.GetValue(deck)!, result.GetValue(output), result.GetValue(verbose));
            using var stop = new CancellationTokenSource();

            // Ctrl+C and SIGTERM end the session normally (exit 0) instead of killing the process,
            // so a build in progress finishes its atomic rename and the watchers are disposed.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            return new DeckWatcher(Console.Out, Console.Error).RunAsync(request, stop.Token).GetAwaiter().GetResult();

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}
