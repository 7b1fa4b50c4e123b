using System.CommandLine;

namespace KeynoteBuilder.Cli;

/// <summary><c>keynote init [DIR]</c>: starts a talk that builds at once; never overwrites a file.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir")
        {
            Description = "The folder of the new talk (created if missing)",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("init", "Start a talk: deck.yaml, assets/, .gitignore and a workflow that builds it") { folder };
        command.SetAction(result => Run(result.GetValue(folder)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string folder, TextWriter stdout, TextWriter stderr)
    {
        var files = StarterFiles.All();
        var existing = files.Select(f => f.Path).Where(p => Path.Exists(Path.Combine(folder, p))).ToList();
        if (existing.Count > 0)
        {
            // All or nothing: a half-started talk beside the speaker's own files would be worse than none.
            stderr.WriteLine($"keynote: {Describe(folder)} already has {string.Join(", ", existing.Select(p => p.Replace('\\', '/')))}; nothing was written. Move {(existing.Count == 1 ? "it" : "them")} away or choose another folder");
            return ExitCodes.Usage;
        }

        try
        {
            foreach (var (path, content) in files)
            {
                var target = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                stream.Write(content);
            }
        }
        catch (IOException e)
        {
            stderr.WriteLine($"keynote: could not write the new talk in {Describe(folder)}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"keynote: could not write the new talk in {Describe(folder)}: {e.Message}");
            return ExitCodes.Usage;
        }

        var deck = Path.Combine(folder, "deck.yaml");
        stdout.WriteLine($"Started a talk in {Describe(folder)}: {string.Join(", ", files.Select(f => f.Path.Replace('\\', '/')))}");
        stdout.WriteLine($"Build it with: keynote build {(folder == "." ? "" : deck)}".TrimEnd());
        return ExitCodes.Built;
    }

    private static string Describe(string folder) => folder == "." ? "this folder" : $"'{folder}'";
}
