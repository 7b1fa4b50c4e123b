using System.CommandLine;
using System.Runtime.InteropServices;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote watch [DECK] [-o OUT]</c>: build, then rebuild on every change until Ctrl+C.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var command = arguments.Command("watch", "Compile a deck, then rebuild it whenever it or a file it uses changes");
        command.SetAction(result =>
        {
            var request = arguments.Read(result);
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
