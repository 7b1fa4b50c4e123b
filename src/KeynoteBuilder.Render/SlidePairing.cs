using System.Globalization;
using System.Text;
using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Render;

/// <summary>How a slide of the old deck relates to the new one.</summary>
public enum SlideChange
{
    Same,
    Changed,
    Added,
    Removed,
}

/// <summary>One slide of a diff: its number in the old deck and in the new one (0 where it has none).</summary>
public sealed record SlidePair(SlideChange Change, int Old, int New, string Title);

/// <summary>
/// Pairs the slides of two decks by content, as a text diff pairs lines: the longest run of identical
/// slides in order, then, between two such anchors, slides paired in order as changed and the rest
/// added or removed. So one inserted slide is one added slide, not every later slide changed.
/// </summary>
public static class SlidePairing
{
    public static IReadOnlyList<SlidePair> Pair(LaidOutDeck before, LaidOutDeck after)
    {
        var old = before.Slides.Select(Fingerprint).ToArray();
        var now = after.Slides.Select(Fingerprint).ToArray();

        // Longest common subsequence of identical slides (decks have at most a few thousand slides).
        var lengths = new int[old.Length + 1, now.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = now.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = old[i] == now[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new List<SlidePair>();
        var (a, b) = (0, 0);
        var (gapOld, gapNew) = (new List<int>(), new List<int>());
        while (a < old.Length || b < now.Length)
        {
            if (a < old.Length && b < now.Length && old[a] == now[b])
            {
                Flush();
                pairs.Add(new SlidePair(SlideChange.Same, a + 1, b + 1, Title(after.Slides[b])));
                (a, b) = (a + 1, b + 1);
            }
            else if (b < now.Length && (a == old.Length || lengths[a, b + 1] >= lengths[a + 1, b]))
            {
                gapNew.Add(b++);
            }
            else
            {
                gapOld.Add(a++);
            }
        }

        Flush();
        return pairs;

        void Flush()
        {
            var common = Math.Min(gapOld.Count, gapNew.Count);
            for (var k = 0; k < common; k++)
            {
                pairs.Add(new SlidePair(SlideChange.Changed, gapOld[k] + 1, gapNew[k] + 1, Title(after.Slides[gapNew[k]])));
            }

            pairs.AddRange(gapOld.Skip(common).Select(o => new SlidePair(SlideChange.Removed, o + 1, 0, Title(before.Slides[o]))));
            pairs.AddRange(gapNew.Skip(common).Select(n => new SlidePair(SlideChange.Added, 0, n + 1, Title(after.Slides[n]))));
            gapOld.Clear();
            gapNew.Clear();
        }
    }

    /// <summary>The slide's title text, or its first text when it has no title.</summary>
    public static string Title(LaidOutSlide slide)
    {
        var texts = slide.Shapes.OfType<TextShape>().ToList();
        var title = texts.FirstOrDefault(t => t.Role is TextRole.Title or TextRole.CenterTitle) ?? texts.FirstOrDefault();
        return title is null ? "" : string.Join(" ", title.Paragraphs.Select(p => string.Concat(p.Runs.Select(r => r.Text))));
    }

    /// <summary>Everything a slide shows, as text: two slides are the same when their fingerprints are.</summary>
    private static string Fingerprint(LaidOutSlide slide)
    {
        var key = new StringBuilder();
        // The slide number moves with every slide inserted before it: it is not the slide's content.
        foreach (var shape in slide.Shapes.Where(s => !s.Name.StartsWith("Slide Number ", StringComparison.Ordinal)))
        {
            key.Append(CultureInfo.InvariantCulture, $"[{shape.GetType().Name} {shape.Box}]");
            switch (shape)
            {
                case TextShape text:
                    foreach (var p in text.Paragraphs)
                    {
                        key.Append(CultureInfo.InvariantCulture, $"<p {p.Size} {p.Color} {p.Level} {p.Bullet} {p.Align} {p.Bold}>");
                        foreach (var run in p.Runs)
                        {
                            key.Append(run.ToString());
                        }
                    }

                    break;
                case TableShape table:
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    {
                        key.Append("<td>");
                        foreach (var run in cell.Runs)
                        {
                            key.Append(run.ToString());
                        }
                    }

                    break;
                case PictureShape picture:
                    var hash = new HashCode();
                    hash.AddBytes(picture.Data);
                    key.Append(CultureInfo.InvariantCulture, $"{picture.Data.Length}:{hash.ToHashCode()}:{picture.Turn}");
                    break;
                default:
                    key.Append(shape.ToString());
                    break;
            }
        }

        return key.ToString();
    }
}
