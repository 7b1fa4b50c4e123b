using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace KeynoteBuilder.Cli;

/// <summary>
/// <c>keynote --version</c>: the version (a release passes its tag as -p:Version) and the commit it was
/// built from, which the SDK appends to the informational version as "+SHA".
/// </summary>
public static class VersionText
{
    private static readonly string? Informational =
        typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static string Line { get; } = Format(Informational);

    /// <summary>The version alone ("0.3.0", "0.1.0-dev"), without the commit.</summary>
    public static string Version { get; } = Informational?.Split('+')[0] ?? "0.0.0";

    /// <summary>"0.3.0+0123abcd…" is shown as "keynote 0.3.0 (commit 0123abcd)"; the full hash is too long to read out.</summary>
    public static string Format(string? informational)
    {
        var (version, commit) = informational?.Split('+', 2) is [var v, var c] ? (v, c) : (informational ?? "unknown", null);
        return commit is null ? $"keynote {version} (commit unknown)" : $"keynote {version} (commit {commit[..Math.Min(12, commit.Length)]})";
    }

    /// <summary>Makes the root command's --version print <see cref="Line"/> instead of the bare informational version.</summary>
    public static void Use(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion();
        }
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Line);
            return 0;
        }
    }
}
