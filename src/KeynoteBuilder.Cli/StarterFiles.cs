using System.Reflection;
using System.Text;
using KeynoteBuilder.Schema;

namespace KeynoteBuilder.Cli;

/// <summary>
/// The files of a new talk. They travel as resources in the executable (Starter/, AOT-clean), except the
/// schema, written from the same tables the binder checks so the editor knows this version's keys.
/// </summary>
public static class StarterFiles
{
    /// <summary>Where the workflow finds the action: the repository the executable was built from.</summary>
    public static string Repository { get; } = RepositoryFrom(Assembly.GetExecutingAssembly()
        .GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value);

    public static IReadOnlyList<(string Path, byte[] Content)> All() =>
    [
        ("deck.yaml", Resource("deck.yaml")),
        (Path.Combine("assets", "growth.csv"), Resource("assets/growth.csv")),
        (Path.Combine("assets", "skyline.png"), Resource("assets/skyline.png")),
        (Path.Combine(".keynote", "deck.schema.json"), DeckSchema.Utf8()),
        (".gitignore", Resource("gitignore")),
        (Path.Combine(".github", "workflows", "deck.yml"), Workflow()),
    ];

    /// <summary>The workflow pins the action to this release (a development build follows main).</summary>
    private static byte[] Workflow()
    {
        var version = VersionText.Version;
        var reference = version.Contains('-', StringComparison.Ordinal) ? "main" : $"v{version}";
        var text = Encoding.UTF8.GetString(Resource("workflows/deck.yml"))
            .Replace("{{REPOSITORY}}", Repository, StringComparison.Ordinal)
            .Replace("{{ACTION_REF}}", reference, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>"https://github.com/owner/name(.git)" as a workflow names it: "owner/name".</summary>
    public static string RepositoryFrom(string? url)
    {
        var path = url is null ? "" : url.Trim().TrimEnd('/');
        path = path.EndsWith(".git", StringComparison.Ordinal) ? path[..^4] : path;
        var parts = path.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : "keynotebuilder/keynotebuilder";
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(StarterFiles).Assembly.GetManifestResourceStream($"starter/{name}")
            ?? throw new InvalidOperationException($"the starter file {name} is missing from the executable");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
