using KeynoteBuilder.Layout;
using KeynoteBuilder.Pipeline;
using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// Writes a laid-out deck as a PDF, one page a slide: real text in the embedded, subset bundled fonts,
/// charts as vectors, pictures at their own resolution, clickable links. The title, author and dates
/// come from the deck (never the clock), so the same deck gives the same bytes.
/// With <see cref="Notes"/>, each page holds its slide and, below it, the slide's speaker notes.
/// </summary>
public sealed class PdfDeckWriter(bool notes = false) : IDeckWriter
{
    /// <summary>Space between the slide and its notes, and around the notes, in points.</summary>
    private const double NotesGap = 24;

    public bool Notes => notes;

    /// <summary>What the last <see cref="Write"/> could not draw.</summary>
    public RenderWarnings Warnings { get; private set; } = new();

    public void Write(LaidOutDeck deck, Stream output, DateTimeOffset? timestamp)
    {
        Warnings = new RenderWarnings();
        var info = deck.Deck.Info;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author ?? "",
            Creator = "KeynoteBuilder",
            Producer = "KeynoteBuilder",
            RasterDpi = 300,
            EncodingQuality = 101,
            PdfA = false,
        };
        if (timestamp is { } date)
        {
            metadata.Creation = date.UtcDateTime;
            metadata.Modified = date.UtcDateTime;
        }

        using var managed = new SKManagedWStream(output);
        using var document = SKDocument.CreatePdf(managed, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not start a PDF document");
        using var painter = new SlidePainter(deck, Warnings);
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var slide = deck.Slides[i];
            var notesText = notes && !string.IsNullOrWhiteSpace(slide.Notes) ? slide.Notes : null;
            var notesHeight = notesText is null ? 0 : painter.NotesHeight(notesText, painter.Width - (2 * NotesGap)) + (2 * NotesGap);
            var canvas = document.BeginPage((float)painter.Width, (float)(painter.Height + notesHeight));
            painter.Paint(canvas, slide, i + 1, links: true);
            if (notesText is not null)
            {
                PaintNotes(canvas, painter, notesText, notesHeight);
            }

            document.EndPage();
        }

        document.Close();
    }

    private static void PaintNotes(SKCanvas canvas, SlidePainter painter, string text, double height)
    {
        var top = (float)painter.Height;
        using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(0, top, (float)painter.Width, (float)height, white);
        }

        using (var rule = new SKPaint { Color = new SKColor(0xBB, 0xBB, 0xBB), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true })
        {
            canvas.DrawLine(0, top, (float)painter.Width, top, rule);
        }

        painter.PaintNotes(canvas, text, new Box(NotesGap, top + NotesGap, painter.Width - (2 * NotesGap), height - (2 * NotesGap)));
    }
}
