using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using KeynoteBuilder.Charts;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Render;

namespace KeynoteBuilder.Cli;

/// <summary>
/// <c>keynote diff OLD NEW [-o DIR]</c>: compiles both decks, pairs their slides by content, prints one line
/// per added, removed or changed slide, and writes DIR/index.html with both pictures of each. Exit 0 when
/// nothing changed, 1 when something did, 2 on an error (a deck with errors is reported as build reports it).
/// </summary>
public sealed class DeckDiff(TextWriter stdout, TextWriter stderr, string workingDirectory)
{
    /// <summary>Width of the pictures in the report.</summary>
    private const int PictureWidth = 960;

    public int Run(string oldSpec, string newSpec, string? folder)
    {
        var before = Load(oldSpec);
        var after = Load(newSpec);
        if (before is null || after is null)
        {
            return ExitCodes.Usage;
        }

        var pairs = SlidePairing.Pair(before.Drawn, after.Drawn);
        var changes = pairs.Where(p => p.Change != SlideChange.Same).ToList();
        foreach (var pair in changes)
        {
            stdout.WriteLine(pair.Change switch
            {
                SlideChange.Added => $"added   slide {pair.New}: {pair.Title}",
                SlideChange.Removed => $"removed slide {pair.Old}: {pair.Title}",
                _ => pair.Old == pair.New ? $"changed slide {pair.New}: {pair.Title}" : $"changed slide {pair.New} (was {pair.Old}): {pair.Title}",
            });
        }

        if (changes.Count == 0)
        {
            stdout.WriteLine("no slide changed");
        }

        if (folder is not null)
        {
            try
            {
                WriteReport(folder, before, after, changes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"keynote: cannot write the report to '{folder}': {ex.Message}");
                return ExitCodes.Usage;
            }
        }

        return changes.Count == 0 ? ExitCodes.Built : ExitCodes.DeckErrors;
    }

    /// <summary>Compiles a deck file, or REV:PATH read with <c>git show</c>; prints its diagnostics; null on any error.</summary>
    private PreparedDeck? Load(string spec)
    {
        var path = Path.Combine(workingDirectory, spec);
        byte[] source;
        string deckPath;
        if (File.Exists(path))
        {
            (source, deckPath) = (File.ReadAllBytes(path), path);
        }
        else if (spec.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && GitShow(spec[..colon], spec[(colon + 1)..]) is { } bytes)
        {
            // Images and CSV files of a revision are read from the working tree, beside the deck's path.
            (source, deckPath) = (bytes, Path.Combine(workingDirectory, spec[(colon + 1)..]));
        }
        else
        {
            stderr.WriteLine($"keynote: cannot read '{spec}': no such file, and not a REV:PATH that git can show");
            return null;
        }

        var compiler = new DeckCompiler(new SkiaChartRenderer(), new PptxWriter());
        var (result, deck) = compiler.Prepare(deckPath, source, timestamp: null);
        DiagnosticPrinter.Print(result.Diagnostics, Path.GetRelativePath(workingDirectory, deckPath), stderr);
        if (deck is null)
        {
            stderr.WriteLine($"keynote: '{spec}' has errors; nothing compared");
        }

        return deck;
    }

    private byte[]? GitShow(string revision, string path)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "show", $"{revision}:./{path}" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            using var bytes = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(bytes);
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? bytes.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void WriteReport(string folder, PreparedDeck before, PreparedDeck after, List<SlidePair> changes)
    {
        Directory.CreateDirectory(folder);
        var warnings = new RenderWarnings();
        var html = new StringBuilder("<!doctype html><meta charset=\"utf-8\"><title>keynote diff</title><style>"
            + "body{font-family:sans-serif}figure{display:inline-block;position:relative;margin:4px;width:48%}img{width:100%;border:1px solid #bbb}"
            + ".mark{position:absolute;border:2px solid #e00;box-sizing:border-box}</style>\n");
        foreach (var pair in changes)
        {
            var oldPng = pair.Old > 0 ? SlidePictures.RenderOne(before.Drawn, pair.Old - 1, PictureWidth, warnings) : null;
            var newPng = pair.New > 0 ? SlidePictures.RenderOne(after.Drawn, pair.New - 1, PictureWidth, warnings) : null;
            var marks = oldPng is not null && newPng is not null ? ChangedRegions.Find(oldPng, newPng) : [];
            html.Append(CultureInfo.InvariantCulture, $"<h2>{pair.Change.ToString().ToLowerInvariant()}: slide {(pair.New > 0 ? pair.New : pair.Old)}: {WebUtility.HtmlEncode(pair.Title)}</h2>\n");
            html.Append(Figure(folder, oldPng, $"old-{pair.Old:000}.png", "old", marks));
            html.Append(Figure(folder, newPng, $"new-{pair.New:000}.png", "new", marks));
        }

        if (changes.Count == 0)
        {
            html.Append("<p>No slide changed.</p>");
        }

        AtomicFile.Write(Path.Combine(folder, "index.html"), stream => stream.Write(Encoding.UTF8.GetBytes(html.ToString())));
    }

    private static string Figure(string folder, byte[]? png, string name, string caption, IReadOnlyList<SkiaSharp.SKRect> marks)
    {
        if (png is null)
        {
            return $"<figure><figcaption>{caption}: none</figcaption></figure>\n";
        }

        AtomicFile.Write(Path.Combine(folder, name), stream => stream.Write(png));
        var overlay = string.Concat(marks.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"<div class=\"mark\" style=\"left:{m.Left * 100:0.##}%;top:{m.Top * 100:0.##}%;width:{m.Width * 100:0.##}%;height:{m.Height * 100:0.##}%\"></div>")));
        return $"<figure><img src=\"{name}\" alt=\"{caption}\">{overlay}<figcaption>{caption}</figcaption></figure>\n";
    }
}
