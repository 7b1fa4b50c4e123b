using System.Text.RegularExpressions;
using KeynoteBuilder.Pipeline;
using KeynoteBuilder.Pptx;
using KeynoteBuilder.Render;

namespace KeynoteBuilder.Cli;

/// <summary>
/// Writes one prepared deck to one output, atomically: the .pptx through the compiler (its package cap),
/// the PDF and PNGs through the slide renderer. Each file is renamed into place whole, so a failure leaves
/// the previous one.
/// </summary>
internal sealed partial class OutputWriter(DeckCompiler compiler, PreparedDeck deck, BuildRequest request, RenderWarnings warnings)
{
    /// <summary>Writes <paramref name="target"/>; returns the compiler's result for a .pptx (it may hold the cap's error), else null.</summary>
    public BuildResult? Write(OutputTarget target)
    {
        switch (target.Kind)
        {
            case OutputKind.Pptx:
                BuildResult? result = null;
                AtomicFile.Write(target.Path, stream => result = compiler.Write(deck, new PptxWriter(), () => new NonClosingStream(stream)));
                return result;
            case OutputKind.Pdf:
                var pdf = new PdfDeckWriter(request.Notes);
                AtomicFile.Write(target.Path, stream => pdf.Write(deck.Drawn, stream, deck.Timestamp));
                Take(pdf.Warnings);
                return null;
            case OutputKind.ContactSheet:
                var sheet = SlidePictures.ContactSheet(deck.Drawn, warnings);
                AtomicFile.Write(target.Path, stream => stream.Write(sheet));
                return null;
            default:
                WriteFolder(target.Path);
                return null;
        }
    }

    private void WriteFolder(string folder)
    {
        var pictures = SlidePictures.Render(deck.Drawn, request.PngWidth, warnings);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pictures.Count; i++)
        {
            var name = SlidePictures.FileName(i + 1, pictures.Count);
            names.Add(name);
            var picture = pictures[i];
            AtomicFile.Write(Path.Combine(folder, name), stream => stream.Write(picture));
        }

        // Pictures of slides the deck no longer has would pass for part of it: remove them, and only them.
        foreach (var stale in Directory.EnumerateFiles(folder, "slide-*.png"))
        {
            if (SlideFile().IsMatch(Path.GetFileName(stale)) && !names.Contains(Path.GetFileName(stale)))
            {
                File.Delete(stale);
            }
        }
    }

    private void Take(RenderWarnings from) => warnings.AddAll([from]);

    [GeneratedRegex(@"^slide-[0-9]+\.png$", RegexOptions.CultureInvariant)]
    private static partial Regex SlideFile();
}
