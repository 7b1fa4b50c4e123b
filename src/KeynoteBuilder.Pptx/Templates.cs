namespace KeynoteBuilder.Pptx;

/// <summary>Reads a template from the assembly and fills its {{TOKENS}}.</summary>
internal static class Templates
{
    public static string Fill(string name, IReadOnlyDictionary<string, string> values)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("templates/" + name)
            ?? throw new InvalidOperationException($"template {name} is missing from the build");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        foreach (var (key, value) in values)
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
