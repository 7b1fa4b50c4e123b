using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KeynoteBuilder.Tests.Support;

/// <summary>
/// Reads a built .pptx back the way a user sees it, shape by shape: text with bullet levels and
/// **bold** runs, tables, pictures with alt text, links and notes. Case tests compare this text.
/// </summary>
public static class DeckDump
{
    public static IReadOnlyList<SlideView> Read(string path)
    {
        using var document = PresentationDocument.Open(path, isEditable: false);
        var presentation = document.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => ReadSlide((SlidePart)presentation.GetPartById(id.RelationshipId!.Value!)))
            .ToList();
    }

    public static string Describe(string path)
    {
        var text = new StringBuilder();
        var slides = Read(path);
        for (var i = 0; i < slides.Count; i++)
        {
            text.Append("--- slide ").Append(i + 1).Append(" (").Append(slides[i].Layout).AppendLine(")");
            foreach (var line in slides[i].Lines)
            {
                text.AppendLine(line);
            }

            if (slides[i].Notes is { } notes)
            {
                text.Append("notes: ").AppendLine(notes.Replace("\n", " / ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }

    private static SlideView ReadSlide(SlidePart part)
    {
        var lines = new List<string>();
        var pictures = new List<(string Name, string AltText, bool HasSvg)>();
        var tables = new List<List<List<string>>>();
        var links = part.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.ToString());
        foreach (var element in part.Slide.CommonSlideData!.ShapeTree!.ChildElements)
        {
            switch (element)
            {
                case P.Shape shape when shape.TextBody is { } body:
                    var ph = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
                    var role = ph is null ? "text" : ph.Type?.InnerText ?? "body";
                    foreach (var p in body.Elements<A.Paragraph>())
                    {
                        var level = p.ParagraphProperties?.Level?.Value ?? 0;
                        var bullet = Inherited.HasBullet(p, ph, part.SlideLayoutPart);
                        lines.Add($"{role}: {new string(' ', level * 2)}{(bullet ? "- " : "")}{Runs(p, links, run => Inherited.IsBold(run, p, ph, part.SlideLayoutPart))}");
                    }

                    if (body.BodyProperties?.GetFirstChild<A.NormalAutoFit>()?.FontScale?.Value is { } scale)
                    {
                        lines.Add($"{role}: (shrunk to {scale / 1000.0:0.#}% to fit)");
                    }

                    break;
                case P.Picture picture:
                    var props = picture.NonVisualPictureProperties!.NonVisualDrawingProperties!;
                    var blip = picture.BlipFill!.Blip!;
                    var hasSvg = blip.InnerXml.Contains("svgBlip", StringComparison.Ordinal);
                    pictures.Add((props.Name!.Value!, props.Description?.Value ?? "", hasSvg));
                    lines.Add($"picture: {props.Name!.Value} [{((ImagePart)part.GetPartById(blip.Embed!.Value!)).ContentType}{(hasSvg ? " + svg" : "")}] alt: {props.Description?.Value}{Crop(picture.BlipFill.SourceRectangle)}");
                    break;
                case P.Shape shape when shape.ShapeProperties?.GetFirstChild<A.SolidFill>()?.RgbColorModelHex is { } fill && fill.GetFirstChild<A.Alpha>() is { } alpha:
                    lines.Add($"scrim: {shape.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value} {fill.Val!.Value} at {alpha.Val!.Value / 1000}%");
                    break;
                case P.GraphicFrame frame when frame.Descendants<A.Table>().FirstOrDefault() is { } table:
                    var rows = table.Elements<A.TableRow>().Select(r => r.Elements<A.TableCell>().Select(c => string.Join(" ", c.TextBody!.Elements<A.Paragraph>().Select(p => Runs(p, links)))).ToList()).ToList();
                    tables.Add(rows);
                    lines.AddRange(rows.Select(r => "table: | " + string.Join(" | ", r) + " |"));
                    break;
            }
        }

        var notes = part.NotesSlidePart?.NotesSlide.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text)));
        var layout = part.SlideLayoutPart?.SlideLayout.CommonSlideData?.Name?.Value ?? "";
        return new SlideView(layout, lines, pictures, tables, notes is null ? null : string.Join("\n", notes).Trim());
    }

    /// <summary>A picture's crop (<c>a:srcRect</c>) in percent of the stored picture cut off left, top, right and bottom.</summary>
    private static string Crop(A.SourceRectangle? crop) => crop is null ? ""
        : FormattableString.Invariant($" crop: {(crop.Left?.Value ?? 0) / 1000.0:0.#}% {(crop.Top?.Value ?? 0) / 1000.0:0.#}% {(crop.Right?.Value ?? 0) / 1000.0:0.#}% {(crop.Bottom?.Value ?? 0) / 1000.0:0.#}%");

    /// <summary>A paragraph's text with **bold** runs marked (bold as it inherits it, when <paramref name="bold"/> says), `code` runs in backquotes, links as [text](url) and fields as {type: text}.</summary>
    private static string Runs(A.Paragraph paragraph, Dictionary<string, string> links, Func<A.Run, bool>? bold = null)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.ChildElements)
        {
            if (element is A.Field field)
            {
                text.Append(CultureInfo.InvariantCulture, $"{{{field.Type?.Value}: {field.Text?.Text}}}");
                continue;
            }

            if (element is not A.Run run)
            {
                continue;
            }

            var t = run.Text?.Text ?? "";
            if (run.RunProperties?.GetFirstChild<A.HyperlinkOnClick>() is { Id.Value: { } id })
            {
                t = $"[{t}]({links[id]})";
            }

            if (run.RunProperties?.GetFirstChild<A.LatinFont>()?.Typeface?.Value == "Courier New")
            {
                t = $"`{t}`";
            }

            if (run.RunProperties?.Italic?.Value == true)
            {
                t = $"_{t}_";
            }

            text.Append((bold?.Invoke(run) ?? run.RunProperties?.Bold?.Value == true) ? $"**{t}**" : t);
        }

        // Neighbouring bold runs read as one, and so do neighbouring code runs (highlighted code is a run per colour).
        return text.ToString().Replace("****", "", StringComparison.Ordinal).Replace("``", "", StringComparison.Ordinal);
    }
}

/// <summary>One slide as a user sees it.</summary>
public sealed record SlideView(string Layout, IReadOnlyList<string> Lines, IReadOnlyList<(string Name, string AltText, bool HasSvg)> Pictures, IReadOnlyList<List<List<string>>> Tables, string? Notes)
{
    public string? Title => Lines.FirstOrDefault(l => l.StartsWith("title: ", StringComparison.Ordinal) || l.StartsWith("ctrTitle: ", StringComparison.Ordinal)) is { } line
        ? line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Replace("**", "", StringComparison.Ordinal)
        : null;

    /// <summary>The bold stretches of the body text, in order.</summary>
    public IReadOnlyList<string> BoldInBody => Lines.Where(l => l.StartsWith("body: ", StringComparison.Ordinal))
        .SelectMany(l => l.Split("**").Where((_, i) => i % 2 == 1)).ToList();
}
