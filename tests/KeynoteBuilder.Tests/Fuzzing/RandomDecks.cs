using System.Globalization;
using System.Text;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>Random decks that are mostly well-formed: every layout, body and chart type, odd sizes and values.</summary>
internal sealed class RandomDecks(Random random)
{
    private static readonly string[] Words =
    [
        "KVM", "QEMU", "x86", "ARM64", "POWER8", "migration", "nested", "virt", "**bold**", "*italic*", "`code`",
        "[link](https://example.org)", "SPECvirt_sc®2013", "日本語", "emoji 🚀", "a\\*b", "very-long-word-without-any-break-at-all-" + new string('x', 60),
    ];

    private static readonly string[] ChartTypes = ["column", "bar", "stacked-column", "stacked-bar", "line", "pie", "donut"];

    public string Next()
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Quote(Sentence(4))).Append('\n');
        if (random.Next(2) == 0)
        {
            yaml.Append("size: \"").Append(random.Next(2) == 0 ? "16:9" : "4:3").Append("\"\n");
        }

        if (random.Next(2) == 0)
        {
            yaml.Append("footer: ").Append(Quote(Sentence(3))).Append("\nslide-numbers: true\n");
        }

        yaml.Append("slides:\n");
        var slides = 1 + random.Next(6);
        for (var i = 0; i < slides; i++)
        {
            Slide(yaml);
        }

        return yaml.ToString();
    }

    private void Slide(StringBuilder yaml)
    {
        yaml.Append("  - title: ").Append(Quote(Sentence(1 + random.Next(12)))).Append('\n');
        switch (random.Next(10))
        {
            case 9:
                Columns(yaml);
                break;
            case 0:
                yaml.Append("    layout: ").Append(new[] { "title", "section", "statement" }[random.Next(3)]).Append('\n');
                yaml.Append("    subtitle: ").Append(Quote(Sentence(3))).Append('\n');
                return;
            case 1:
                yaml.Append("    text: ").Append(Quote(Sentence(5 + random.Next(200)))).Append('\n');
                break;
            case 2:
                Table(yaml);
                break;
            case 3:
            case 4:
                Chart(yaml);
                break;
            default:
                Bullets(yaml, "    ", 1);
                break;
        }

        if (random.Next(3) == 0)
        {
            yaml.Append("    notes: ").Append(Quote(Sentence(10))).Append('\n');
        }

        if (random.Next(4) == 0)
        {
            yaml.Append("    steps:\n      - []\n      - [").Append(Quote(Words[random.Next(3)])).Append("]\n");
        }
    }

    /// <summary>Two or three bodies of random kinds in columns (sometimes one or four), some with headings.</summary>
    private void Columns(StringBuilder yaml)
    {
        yaml.Append("    columns:\n");
        var count = random.Next(8) switch { 0 => 1, 1 => 4, var n => 2 + (n % 2) };
        for (var i = 0; i < count; i++)
        {
            // A body written at the slide's indent, moved under the column's "- ".
            var body = new StringBuilder();
            switch (random.Next(4))
            {
                case 0: Table(body); break;
                case 1: Chart(body); break;
                case 2: body.Append("    text: ").Append(Quote(Sentence(5 + random.Next(100)))).Append('\n'); break;
                default: Bullets(body, "    ", 1); break;
            }

            var lines = body.ToString().TrimEnd('\n').Split('\n').Select(l => "    " + l).ToList();
            if (random.Next(2) == 0)
            {
                lines.Insert(0, "        heading: " + Quote(Sentence(1 + random.Next(8))));
            }

            lines[0] = "      - " + lines[0].TrimStart();
            yaml.Append(string.Join('\n', lines)).Append('\n');
        }
    }

    private void Bullets(StringBuilder yaml, string indent, int level)
    {
        yaml.Append(indent).Append("bullets:\n");
        AddItems(yaml, indent + "  ", level);
    }

    private void AddItems(StringBuilder yaml, string indent, int level)
    {
        var count = 1 + random.Next(level == 1 ? 12 : 4);
        for (var i = 0; i < count; i++)
        {
            if (level < 4 && random.Next(4) == 0)
            {
                yaml.Append(indent).Append("- ").Append(Quote(Sentence(3) + " parent")).Append(":\n");
                AddItems(yaml, indent + "    ", level + 1);
            }
            else
            {
                yaml.Append(indent).Append("- ").Append(Quote(Sentence(1 + random.Next(25)))).Append('\n');
            }
        }
    }

    private void Table(StringBuilder yaml)
    {
        var columns = 1 + random.Next(8);
        yaml.Append("    table:\n      header: [").Append(string.Join(", ", Enumerable.Range(0, columns).Select(_ => Quote(Sentence(1))))).Append("]\n      rows:\n");
        for (var r = 0; r < 1 + random.Next(14); r++)
        {
            var cells = columns + (random.Next(20) == 0 ? 1 : 0);
            yaml.Append("        - [").Append(string.Join(", ", Enumerable.Range(0, cells).Select(_ => Quote(Sentence(1 + random.Next(6)))))).Append("]\n");
        }
    }

    private void Chart(StringBuilder yaml)
    {
        var type = ChartTypes[random.Next(ChartTypes.Length)];
        var categories = 1 + random.Next(random.Next(2) == 0 ? 8 : 60);
        var series = type is "pie" or "donut" ? 1 : 1 + random.Next(9);
        yaml.Append("    chart:\n      type: ").Append(type).Append('\n');
        yaml.Append("      categories: [").Append(string.Join(", ", Enumerable.Range(0, categories).Select(i => Quote(random.Next(5) == 0 ? Sentence(6) : "C" + i)))).Append("]\n");
        yaml.Append("      series:\n");
        for (var s = 0; s < series; s++)
        {
            yaml.Append("        - name: ").Append(Quote(Sentence(1 + random.Next(4)))).Append("\n          values: [");
            yaml.Append(string.Join(", ", Enumerable.Range(0, categories).Select(_ => Value(type)))).Append("]\n");
        }

        if (random.Next(2) == 0)
        {
            yaml.Append("      labels: true\n");
        }

        if (random.Next(3) == 0)
        {
            yaml.Append("      unit: ").Append(random.Next(2) == 0 ? "\"%\"" : "commits").Append('\n');
        }
    }

    private string Value(string type)
    {
        var scale = Math.Pow(10, random.Next(-3, 13));
        var value = random.Next(10) switch
        {
            0 => 0,
            1 => Math.Round(random.NextDouble() * scale),
            _ => Math.Round(random.NextDouble() * scale, 2),
        };
        if (type is not ("pie" or "donut") && random.Next(4) == 0)
        {
            value = -value;
        }

        return value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
