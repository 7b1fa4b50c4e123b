using KeynoteBuilder.Diagnostics;
using YamlDotNet.Core;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Loads a deck file into a <see cref="YamlDocument"/>: size cap, strict UTF-8, tab check, then one
/// non-recursive pass over YamlDotNet's parser events that builds the tree while capping depth,
/// alias expansion and duplicate keys. Errors are diagnostics; this never throws on bad input.
/// </summary>
public static class YamlLoader
{
    public static YamlDocument? Load(string file, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, LoadLimits? limits = null)
    {
        limits ??= LoadLimits.Default;
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Error(Codes.FileTooLarge, new SourcePosition(file, 1, 1),
                $"the file is {bytes.Length:N0} bytes, over the limit of {limits.MaxFileBytes:N0}; a deck is text, move large data into CSV files");
            return null;
        }

        var text = SourceText.Decode(file, bytes, diagnostics);
        if (text is null || !TabIndentation.Check(file, text, diagnostics))
        {
            return null;
        }

        var root = Parse(file, text, diagnostics, limits);
        return root is null ? null : new YamlDocument(file, text, root);
    }

    /// <summary>Parses YAML text that is already decoded (also used for inline tests).</summary>
    public static YamlNode? Parse(string file, string text, DiagnosticBag diagnostics, LoadLimits limits)
    {
        var parsed = StarWords.Hide(text, out var placeholder);
        var builder = new TreeBuilder(file, text, diagnostics, limits, parsed is null ? null : placeholder);
        var scanner = new TokenWatcher(new Scanner(new StringReader(parsed ?? text)));
        var readUpTo = new SourcePosition(file, 1, 1);
        try
        {
            var parser = new Parser(scanner);
            while (parser.MoveNext())
            {
                readUpTo = new SourcePosition(file, (int)parser.Current!.End.Line, (int)parser.Current.End.Column);
                if (!builder.Accept(parser.Current))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            if (!builder.FoldedBeforeError(ex, scanner.LastToken, scanner.LastPlain))
            {
                SyntaxErrors.Report(file, text, ex, scanner.LastQuoted, builder.Restore, diagnostics);
            }

            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's parser throws this for a tag that is not a valid URI (`!![x](y)`, found by
            // the fuzz test); the best position is where parsing last succeeded.
            diagnostics.Error(Codes.YamlSyntax, readUpTo,
                "YAML syntax error: a value after this point starts with a tag ('!' or '!!') that is not valid; quote the value if the '!' is text");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed plain values inside [ ] or { }
            // (found by the fuzz test); the best position is where parsing last succeeded.
            diagnostics.Error(Codes.YamlSyntax, readUpTo,
                "YAML syntax error: the YAML after this point cannot be read; check the brackets, colons and quotes that follow");
            return null;
        }

        if (builder.Root is null)
        {
            diagnostics.Error(Codes.EmptyFile, new SourcePosition(file, 1, 1), "the deck is empty; it needs at least `title:` and `slides:`");
        }

        return builder.Root;
    }
}
