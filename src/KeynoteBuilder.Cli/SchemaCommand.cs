using System.CommandLine;
using KeynoteBuilder.Schema;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote schema</c>: prints the JSON Schema of deck.yaml, for an editor (yaml-language-server).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema of deck.yaml (draft-07), for an editor that completes and checks the deck");
        command.SetAction(_ =>
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(DeckSchema.Utf8());
            return ExitCodes.Built;
        });
        return command;
    }
}
