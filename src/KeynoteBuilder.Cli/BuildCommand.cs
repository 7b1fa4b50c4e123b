using System.CommandLine;
using System.Runtime.InteropServices;
using KeynoteBuilder.Pipeline;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote build [DECK] [-o OUT]</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var command = arguments.Command("build", "Compile a deck into a .pptx");
        command.SetAction(result =>
        {
            // Ctrl+C and SIGTERM still end the build at once, but first remove the half-written temporary
            // file, which would otherwise stay beside the output; the previous .pptx is left as it was.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => AtomicFile.RemoveTemporaryFiles());
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => AtomicFile.RemoveTemporaryFiles());
            return new DeckBuilder(Console.Out, Console.Error).Build(arguments.Read(result));
        });
        return command;
    }
}
