namespace KeynoteBuilder.Benchmarks;

/// <summary>The repository's own deck.yaml, found by walking up to the folder that holds KeynoteBuilder.sln.</summary>
public static class SampleDeck
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // BenchmarkDotNet runs each benchmark in a child process from a generated folder under bin/,
        // so try the current directory first and the assembly's folder second: both sit in the clone.
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "KeynoteBuilder.sln")))
                {
                    return System.IO.Path.Combine(dir.FullName, "deck.yaml");
                }
            }
        }

        throw new InvalidOperationException("KeynoteBuilder.sln not found above the current directory; run from inside the clone");
    }
}
