using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Cases;

/// <summary>
/// The case folder, tests/cases: each NAME.yaml sits beside NAME.expected, what a user sees from it:
/// the slides (DeckDump text) when it builds, or the exit code and messages when it does not.
/// To update the expected files on purpose: UPDATE_GOLDEN=1 dotnet test --filter CaseTests, then review the diff.
/// </summary>
public sealed class CaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.File("tests", "cases"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_produces_its_expected_output(string name)
    {
        var folder = RepoPaths.File("tests", "cases");
        using var build = new TestBuild();
        var output = Path.Combine(build.Folder, name + ".pptx");
        var code = build.Build(Path.Combine(folder, name + ".yaml"), output);
        var messages = build.Stderr.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(output, name + ".pptx", StringComparison.Ordinal);
        var actual = code == 0
            ? DeckDump.Describe(output) + (messages.Length > 0 ? "messages:\n" + messages : "")
            : $"exit {code}\n" + messages;
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        var expectedPath = Path.Combine(folder, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{name}.expected is missing; run with UPDATE_GOLDEN=1 to create it, then review it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
