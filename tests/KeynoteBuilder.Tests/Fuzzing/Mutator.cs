using System.Text;

namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// Breaks a deck the ways hand edits and hostile files do: flipped bytes, lost or doubled lines,
/// wrong indentation, stray YAML syntax, control characters, broken UTF-8, huge values.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly string[] Tokens =
    [
        "&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\"", "'", "\t", "#", "|", ">", "? ", "!!str ", "!!binary ", "---\n", "...\n",
        "\0", "\u0001", "\u001F", "\uFFFE", "\uD800", "**", "*", "`", "[x](javascript:alert(1))", "[x](", "](", "\\", "%",
        "1e400", "-0", "NaN", ".inf", "99999999999999999999999", "0x1F", "~", "null", "yes", "no", "<<: *a", "\r", "\u2028",
    ];

    private static readonly string[] Keys =
    [
        "title", "bullets", "steps", "table", "chart", "image", "text", "notes", "layout", "rows", "header", "series", "values",
        "categories", "type", "csv", "align", "source", "footnote", "subtitle", "theme", "colors", "size", "caption", "labels", "unit",
    ];

    public byte[] Mutate(byte[] input)
    {
        var result = input;
        var rounds = 1 + random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            result = random.Next(12) switch
            {
                0 => FlipByte(result),
                1 => EditLines(result, lines => lines.RemoveAt(random.Next(lines.Count))),
                2 => EditLines(result, lines => { var at = random.Next(lines.Count); lines.Insert(at, lines[at]); }),
                3 => EditLines(result, Swap),
                4 => EditLines(result, Reindent),
                5 => Insert(result, Tokens[random.Next(Tokens.Length)]),
                6 => Insert(result, Keys[random.Next(Keys.Length)] + ": " + Tokens[random.Next(Tokens.Length)] + "\n"),
                7 => result[..random.Next(result.Length + 1)],
                8 => InsertBytes(result, [(byte)(0x80 + random.Next(0x80))]),
                9 => Insert(result, new string((char)('a' + random.Next(26)), random.Next(1, 20_000))),
                10 => Insert(result, random.Next(2) == 0 ? "-" + random.Next() : (random.NextDouble() * 1e12).ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                _ => EditLines(result, Duplicate),
            };
        }

        return result;
    }

    private byte[] FlipByte(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var copy = (byte[])input.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private byte[] Insert(byte[] input, string text) => InsertBytes(input, Encoding.UTF8.GetBytes(text));

    private byte[] InsertBytes(byte[] input, byte[] bytes)
    {
        var at = random.Next(input.Length + 1);
        return [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];
    }

    private static byte[] EditLines(byte[] input, Action<List<string>> edit)
    {
        var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
        if (lines.Count > 0)
        {
            edit(lines);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private void Swap(List<string> lines)
    {
        var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
        (lines[a], lines[b]) = (lines[b], lines[a]);
    }

    private void Reindent(List<string> lines)
    {
        var at = random.Next(lines.Count);
        var trimmed = lines[at].TrimStart(' ');
        lines[at] = new string(' ', random.Next(12)) + trimmed;
    }

    // A block repeated many times: long lists and many slides.
    private void Duplicate(List<string> lines)
    {
        var start = random.Next(lines.Count);
        var length = Math.Min(lines.Count - start, 1 + random.Next(8));
        var block = lines.GetRange(start, length);
        for (var i = 0; i < random.Next(1, 30); i++)
        {
            lines.InsertRange(start, block);
        }
    }
}
