using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using KeynoteBuilder.Binding;
using KeynoteBuilder.Bodies.Chart;
using KeynoteBuilder.Schema;
using KeynoteBuilder.Tests.Docs;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Schema;

/// <summary>
/// The JSON Schema an editor uses for deck.yaml: the checked-in copy is what `keynote schema` prints,
/// every deck of the repository passes it, and the mistakes it can see are refused.
/// To accept a deliberate change of the schema: UPDATE_GOLDEN=1 dotnet test --filter DeckSchemaTests.
/// </summary>
public sealed partial class DeckSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(DeckSchema.Text());

    /// <summary>Cases that build only because the loader accepts what plain YAML does not.</summary>
    private static readonly HashSet<string> LenientSpellings = ["yaml-fold-star-key"];

    [Fact]
    public void The_checked_in_schema_is_what_keynote_schema_prints()
    {
        var path = RepoPaths.File(DeckSchema.RepositoryPath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, DeckSchema.Utf8());
        }

        var (code, stdout, _) = CliProcess.Run(RepoPaths.Root, "schema");
        Assert.Equal(0, code);
        Assert.True(File.Exists(path), $"{DeckSchema.RepositoryPath} is missing; run with UPDATE_GOLDEN=1 to write it");
        Assert.Equal(File.ReadAllText(path), stdout);
    }

    [Fact]
    public void The_schema_is_draft_07_and_every_key_has_a_description()
    {
        using var schema = JsonDocument.Parse(DeckSchema.Utf8());
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        var keys = Properties(schema.RootElement).ToList();
        Assert.Contains(keys, k => k.Name == "keep-metadata");
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Value.GetProperty("description").GetString()), k.Name));
    }

    [Fact]
    public void The_enums_are_the_values_the_binder_accepts()
    {
        Assert.Equal(ChartBodyKind.Types.Keys, DeckKeys.Chart["type"].Enum);
        Assert.Equal(SlideBinder.Layouts.Keys.Order(), DeckKeys.Slide["layout"].Enum.Order());
    }

    /// <summary>
    /// The drift check, from outside: at each place a deck has keys, an unknown key makes the binder list
    /// the keys it knows there; the schema must describe exactly those. A key added to the binder without a
    /// schema entry fails here, whichever table it was added to.
    /// </summary>
    [Theory]
    [InlineData("", "#")]
    [InlineData("theme:\n  {0}: x\n", "#/definitions/theme")]
    [InlineData("theme:\n  colors:\n    {0}: x\n", "#/definitions/colors")]
    [InlineData("slides:\n  - {0}: x\n", "#/definitions/slide")]
    [InlineData("slides:\n  - chart:\n      {0}: x\n", "#/definitions/chart")]
    [InlineData("slides:\n  - chart:\n      type: pie\n      categories: [a]\n      series:\n        - {0}: x\n", "#/definitions/series/items")]
    [InlineData("slides:\n  - table:\n      {0}: x\n", "#/definitions/table")]
    public void The_schema_has_an_entry_for_every_key_the_binder_knows(string where, string pointer)
    {
        const string probe = "zzzzqqqqxxxx";
        var yaml = where.Length == 0 ? $"{probe}: x\n" : "title: Probe\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, where, probe);
        using var build = new TestBuild();
        build.Build(build.Write("deck.yaml", yaml));
        var match = KnownKeys().Match(build.Stderr);
        Assert.True(match.Success, $"no unknown-key message for the probe:\n{build.Stderr}");
        var binder = match.Groups[1].Value.Split(", ").Order(StringComparer.Ordinal).ToList();

        using var schema = JsonDocument.Parse(DeckSchema.Utf8());
        var node = pointer.Split('/').Skip(1).Aggregate(schema.RootElement, (e, part) => e.GetProperty(part));
        var described = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.True(binder.SequenceEqual(described),
            $"the binder knows [{string.Join(", ", binder)}] at {pointer} but the schema describes [{string.Join(", ", described)}]; add the missing keys to Schema/DeckKeys.cs with a description");
    }

    public static TheoryData<string> RepositoryDecks()
    {
        var data = new TheoryData<string> { "deck.yaml" };
        foreach (var file in Directory.GetFiles(RepoPaths.File("examples"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }

        // The cases that build (their expected output is slides, not an exit code).
        foreach (var file in Directory.GetFiles(RepoPaths.File("tests", "cases"), "*.yaml").Order(StringComparer.Ordinal))
        {
            if (!File.ReadAllText(Path.ChangeExtension(file, ".expected")).StartsWith("exit ", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
            }
        }

        data.Add("src/KeynoteBuilder.Cli/Starter/deck.yaml");
        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryDecks))]
    public void Every_deck_in_the_repository_passes_the_schema(string path)
    {
        var yaml = File.ReadAllText(RepoPaths.File(path));
        if (LenientSpellings.Contains(Path.GetFileNameWithoutExtension(path)))
        {
            // The loader reads a few spellings YAML itself refuses (a plain key starting with **bold**); an editor
            // reports those as YAML errors before any schema is applied, so there is nothing to validate.
            Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlToJson.Convert(yaml));
            return;
        }

        var errors = Validate(yaml);
        Assert.True(errors.Count == 0, $"{path} does not pass the schema:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Every_example_of_the_format_reference_passes_the_schema()
    {
        foreach (var example in FormatReferenceTests.Examples())
        {
            var errors = Validate((string)example[1]);
            Assert.True(errors.Count == 0, $"the example at docs/format.md line {example[0]} does not pass the schema:\n{string.Join("\n", errors)}");
        }
    }

    [Fact]
    public void The_sample_deck_and_the_examples_name_the_schema_on_their_first_line()
    {
        Assert.Equal("# yaml-language-server: $schema=schema/deck.schema.json", File.ReadLines(RepoPaths.File("deck.yaml")).First());
        Assert.Equal("# yaml-language-server: $schema=../schema/deck.schema.json", File.ReadLines(RepoPaths.File("examples", "charts.yaml")).First());
        Assert.Equal("# yaml-language-server: $schema=.keynote/deck.schema.json", File.ReadLines(RepoPaths.File("src", "KeynoteBuilder.Cli", "Starter", "deck.yaml")).First());
    }

    /// <summary>Broken decks of the case folder whose mistake is visible without reading files or measuring text.</summary>
    [Theory]
    [InlineData("err-missing-slides")]
    [InlineData("err-chart-unknown-type")]
    [InlineData("err-unknown-key")]
    [InlineData("err-bad-color")]
    [InlineData("err-bad-size")]
    [InlineData("err-wrong-type")]
    [InlineData("content-err-caption-without-image")]
    public void A_broken_case_the_schema_can_see_is_refused(string name)
    {
        var path = RepoPaths.File("tests", "cases", name + ".yaml");
        Assert.StartsWith("exit 1", File.ReadAllText(Path.ChangeExtension(path, ".expected")), StringComparison.Ordinal);
        Assert.NotEmpty(Validate(File.ReadAllText(path)));
    }

    [Theory]
    [InlineData("title: T\nslides:\n  - title: A\n    bulets: [x]\n")]
    [InlineData("title: T\nslides:\n  - layout: statement\n")]
    [InlineData("title: T\nslide-numbers: yes\nslides:\n  - title: A\n")]
    [InlineData("title: T\nslides:\n  - title: A\n    chart:\n      type: pie\n      series:\n        - values: [1]\n")]
    [InlineData("title: T\nslides:\n  - title: A\n    table:\n      header: [a]\n      align: [middle]\n")]
    public void A_deck_with_a_mistake_the_schema_can_see_is_refused(string yaml)
    {
        Assert.NotEmpty(Validate(yaml));
    }

    private static List<string> Validate(string yaml)
    {
        using var instance = JsonDocument.Parse(YamlToJson.Convert(yaml)?.ToJsonString() ?? "null");
        var result = Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = Errors(result).Distinct().ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Errors ?? new Dictionary<string, string>()).Select(e => $"{result.InstanceLocation}: {e.Value}")
            .Concat((result.Details ?? []).SelectMany(Errors));

    private static IEnumerable<JsonProperty> Properties(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "if"))
                {
                    if (property.Name == "properties")
                    {
                        foreach (var key in property.Value.EnumerateObject())
                        {
                            yield return key;
                        }
                    }

                    foreach (var inner in Properties(property.Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var inner in element.EnumerateArray().SelectMany(Properties))
                {
                    yield return inner;
                }

                break;
        }
    }

    [GeneratedRegex(@"unknown key 'zzzzqqqqxxxx' in [^;]*; known keys are ([^\r\n]*)")]
    private static partial Regex KnownKeys();
}
