using System.Globalization;
using System.Text;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// Decks shaped to hurt (issue 10): huge scalars, aliases of long strings, steps that multiply
/// slides, thousands of slides, big CSV files, damaged images and special files. Each writes its
/// files into its own folder beside the deck, so paths resolve as a user's would.
/// </summary>
internal sealed class HostileDecks(Random random, string folder, HostileSizes sizes)
{
    private static readonly string[] Words = ["kvm", "**bold**", "*it*", "`code`", "日本語", "x86_64", "a-very-long-hyphenated-word", "🚀", "ü"];

    private static readonly string[] ChartTypes = ["column", "bar", "stacked-column", "stacked-bar", "line", "pie", "donut"];

    public (string Shape, string Yaml, string? MustRefuse) Next()
    {
        return random.Next(7) switch
        {
            0 => ("huge scalar", HugeScalar(), null),
            1 => ("aliased long string", AliasedString(), null),
            2 => ("steps multiply slides", StepsMultiplySlides(), null),
            3 => ("many slides", ManySlides(), null),
            4 => ("big csv", BigCsv(), null),
            5 => DamagedImage(),
            _ => SpecialFile(),
        };
    }

    /// <summary>One scalar of 100 KB to 1 MB (CI: smaller) in any place a deck holds text.</summary>
    private string HugeScalar()
    {
        var place = random.Next(9);
        var text = Quote(LongText(ScalarLength(place is 5 or 6)));
        var yaml = Header();
        switch (place)
        {
            case 0:
                yaml.Append("  - title: ").Append(text).Append("\n    bullets: [a]\n");
                break;
            case 1:
                yaml.Append("  - title: T\n    bullets:\n      - short\n      - ").Append(text).Append('\n');
                break;
            case 2:
                yaml.Append("  - title: T\n    text: ").Append(text).Append('\n');
                break;
            case 3:
                yaml.Append("  - title: T\n    bullets: [a]\n    ").Append(new[] { "notes", "source", "footnote", "subtitle" }[random.Next(4)]).Append(": ").Append(text).Append('\n');
                break;
            case 4:
                yaml.Append("  - title: T\n    table:\n      header: [A, B]\n      rows:\n        - [x, ").Append(text).Append("]\n");
                break;
            case 5:
                yaml.Append("  - title: T\n    chart:\n      type: ").Append(ChartType()).Append("\n      categories: [a, ").Append(text).Append("]\n      series:\n        - {name: S, values: [1, 2]}\n");
                break;
            case 6:
                yaml.Append("  - title: T\n    chart:\n      type: column\n      categories: [a, b]\n      series:\n        - {name: ").Append(text).Append(", values: [1, 2]}\n");
                break;
            case 7:
                File.Copy(RepoPaths.File("tests", "cases", "assets", "logo.png"), Path.Combine(folder, "logo.png"));
                yaml.Append("  - title: T\n    image: logo.png\n    caption: ").Append(text).Append('\n');
                break;
            default:
                // A step phrase as long as the bullet it emphasises: phrase matching on huge text.
                yaml.Append("  - title: T\n    bullets:\n      - ").Append(text).Append("\n    steps:\n      - []\n      - [").Append(text).Append("]\n");
                break;
        }

        return yaml.ToString();
    }

    /// <summary>A long string anchored once and aliased many times, in bullets, cells or categories.</summary>
    private string AliasedString()
    {
        var place = random.Next(3);
        var text = Quote(LongText(ScalarLength(chartLabel: place == 2)));
        var count = 2 + random.Next(sizes.MaxAliases);
        var aliases = string.Join(", ", Enumerable.Repeat("*s", count));
        var yaml = Header();
        switch (place)
        {
            case 0:
                yaml.Append("  - title: T\n    bullets: [&s ").Append(text).Append(", ").Append(aliases).Append("]\n");
                break;
            case 1:
                yaml.Append("  - title: T\n    table:\n      header: [&s ").Append(text).Append(", ").Append(aliases).Append("]\n      rows:\n        - [")
                    .Append(string.Join(", ", Enumerable.Repeat("x", count + 1))).Append("]\n");
                break;
            default:
                yaml.Append("  - title: T\n    chart:\n      type: ").Append(ChartType()).Append("\n      categories: [&s ").Append(text).Append(", ").Append(aliases)
                    .Append("]\n      series:\n        - {name: S, values: [").Append(string.Join(", ", Enumerable.Range(1, count + 1))).Append("]}\n");
                break;
        }

        return yaml.ToString();
    }

    /// <summary>
    /// A steps list anchored on one slide and aliased on many (issue 10 item 5: 270 KB made 900,000
    /// slides), sometimes nested one level to multiply again.
    /// </summary>
    private string StepsMultiplySlides()
    {
        var steps = 1 + random.Next(1_000);
        var slides = 1 + random.Next(random.Next(2) == 0 ? 10 : 1_000);
        if (!sizes.BuildThousandsOfSlides)
        {
            slides = Math.Max(slides, 1 + (2_000 / steps));
        }
        var yaml = Header();
        yaml.Append("  - title: T\n    bullets: [alpha, beta]\n    steps: &s [").Append(string.Join(", ", Enumerable.Repeat("[]", steps))).Append("]\n");
        for (var i = 1; i < slides; i++)
        {
            yaml.Append("  - {title: T, bullets: [alpha, beta], steps: *s}\n");
        }

        return yaml.ToString();
    }

    /// <summary>Plain slides around the per-deck cap, written out or as an aliased block.</summary>
    private string ManySlides()
    {
        var count = (sizes.BuildThousandsOfSlides ? 1_500 : 2_001) + random.Next(4_000);
        var yaml = Header();
        for (var i = 0; i < count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{title: \"Slide {i}\", bullets: [one, two]}}\n");
        }

        return yaml.ToString();
    }

    /// <summary>A CSV of up to a million rows (under the 20 MB cap) as a chart of any type or a table.</summary>
    private string BigCsv()
    {
        var rows = (int)Math.Round(Math.Exp(random.NextDouble() * Math.Log(sizes.MaxCsvRows)));
        var type = random.Next(ChartTypes.Length + 1) is var t && t < ChartTypes.Length ? ChartTypes[t] : "table";
        var series = type is "pie" or "donut" ? 1 : 1 + random.Next(3);
        var csv = new StringBuilder("name,").Append(string.Join(',', Enumerable.Range(1, series).Select(s => "S" + s))).Append('\n');
        for (var r = 0; r < rows && csv.Length < 19_000_000; r++)
        {
            csv.Append('c').Append(r);
            for (var s = 0; s < series; s++)
            {
                csv.Append(',').Append(random.Next(1_000_000));
            }

            csv.Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, "data.csv"), csv.ToString());
        var body = type == "table" ? "    table: {csv: data.csv}\n" : $"    chart: {{type: {type}, csv: data.csv}}\n";
        return Header().Append("  - title: T\n").Append(body).ToString();
    }

    /// <summary>A PNG or JPEG cut short, with a header only, or declaring sizes no image has.</summary>
    private (string, string, string?) DamagedImage()
    {
        var logo = File.ReadAllBytes(RepoPaths.File("tests", "cases", "assets", "logo.png"));
        (byte[] Data, string? Damage) image = random.Next(5) switch
        {
            0 => (logo[..random.Next(8, logo.Length - 12)], "a PNG cut short"),
            1 => (logo[..33], "a PNG with its header only"),
            2 => PngDeclaring(logo),
            3 => (Jpeg(random.Next(1, 8_000), random.Next(1, 8_000), random.Next(2) == 0), "a JPEG whose data stops after its frame header"),
            _ => (Jpeg(7_071, 7_071, true)[..^random.Next(1, 40)], "a JPEG cut short"),
        };
        File.WriteAllBytes(Path.Combine(folder, "image.png"), image.Data);
        var yaml = Header().Append("  - title: T\n    image: image.png\n    caption: A picture\n").ToString();
        return ("damaged image", yaml, sizes.RefuseDamagedImages ? image.Damage : null);
    }

    private (byte[], string?) PngDeclaring(byte[] logo)
    {
        uint[] sizesToTry = sizes.ImageSizesPastInt32 ? [0, 1, 7_071, 65_535, int.MaxValue, 2_147_483_649, uint.MaxValue] : [0, 1, 7_071, 65_535, int.MaxValue];
        var (width, height) = (sizesToTry[random.Next(sizesToTry.Length)], sizesToTry[random.Next(sizesToTry.Length)]);
        var data = (byte[])logo.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(20), height);

        // The header's CRC no longer matches; a careful reader refuses that as well as the sizes.
        return (data, $"a PNG declaring {width}x{height} pixels over the logo's data");
    }

    /// <summary>A JPEG start and frame header (SOF0) declaring a size, then a kilobyte of noise or nothing.</summary>
    private byte[] Jpeg(int width, int height, bool noise)
    {
        byte[] head = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
        var tail = new byte[noise ? 1_024 : 0];
        random.NextBytes(tail);
        return [.. head, .. tail];
    }

    /// <summary>Anything but a regular file where the deck expects one: a FIFO, a device, a folder, a link loop.</summary>
    private (string, string, string?) SpecialFile()
    {
        var name = random.Next(2) == 0 ? "image.png" : "data.csv";
        var target = Path.Combine(folder, name);
        var choice = random.Next(sizes.BlockingSpecialFiles ? 6 : 3);
        var what = choice switch
        {
            0 => MakeFolder(target),
            1 => Link(target, "/dev/zero", "a link to /dev/zero"),
            2 => Link(target, Path.Combine(folder, "missing"), "a link to nothing"),
            3 => SpecialFiles.Fifo(target),
            4 => SpecialFiles.Fifo(Path.Combine(folder, "fifo")) + Link(target, Path.Combine(folder, "fifo"), ", behind a link"),
            _ => Link(Path.Combine(folder, "loop"), target, "") + Link(target, Path.Combine(folder, "loop"), "a link loop"),
        };
        var body = name == "image.png" ? "    image: image.png\n" : "    chart: {type: column, csv: data.csv}\n";
        return ("special file", Header().Append("  - title: T\n").Append(body).ToString(), $"'{name}' is {what}");
    }

    private static string MakeFolder(string path)
    {
        Directory.CreateDirectory(path);
        return "a folder";
    }

    private static string Link(string path, string target, string what)
    {
        File.CreateSymbolicLink(path, target);
        return what;
    }

    /// <summary>A length spread evenly on a log scale between the smallest and largest huge scalar.</summary>
    private int ScalarLength(bool chartLabel = false)
    {
        var max = chartLabel ? sizes.MaxChartLabel : sizes.MaxScalar;
        var min = Math.Min(sizes.MinScalar, max);
        return (int)Math.Round(Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max) - Math.Log(min)))));
    }

    /// <summary>Text of about <paramref name="length"/> characters: words with markup, or one word with no break at all.</summary>
    private string LongText(int length)
    {
        if (random.Next(3) == 0)
        {
            return new string((char)('a' + random.Next(26)), length);
        }

        var text = new StringBuilder(length + 40);
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private string ChartType() => ChartTypes[random.Next(ChartTypes.Length)];

    private static StringBuilder Header() => new("title: Hostile\nslides:\n");

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
