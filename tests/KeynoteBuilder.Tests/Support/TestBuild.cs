using KeynoteBuilder.Cli;

namespace KeynoteBuilder.Tests.Support;

/// <summary>Builds decks in a temporary folder through the real command-line builder, in-process.</summary>
public sealed class TestBuild : IDisposable
{
    public TestBuild()
    {
        Folder = Directory.CreateTempSubdirectory("keynote-test-").FullName;
    }

    public string Folder { get; }

    public string Stdout { get; private set; } = "";

    public string Stderr { get; private set; } = "";

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Runs <c>keynote build</c> on a deck; a package it writes is validated and reopened.</summary>
    public int Build(string deckPath, string? output = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new DeckBuilder(stdout, stderr).Build(new BuildRequest(deckPath, output));
        (Stdout, Stderr) = (stdout.ToString(), stderr.ToString());
        if (code == 0)
        {
            PackageCheck.Validate(OutputOf(deckPath, output));
        }

        return code;
    }

    /// <summary>Builds YAML text as deck.yaml and returns the output path; fails the test if it does not build.</summary>
    public string BuildYaml(string yaml)
    {
        var deck = Write("deck.yaml", yaml);
        var code = Build(deck);
        Assert.True(code == 0, $"exit {code}: {Stderr}");
        return OutputOf(deck, null);
    }

    public static string OutputOf(string deckPath, string? output) => new BuildRequest(deckPath, output).OutputPath;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
