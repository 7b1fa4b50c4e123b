using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>Where two pictures of a slide differ: the cells of a coarse grid in which some pixel differs, as fractions of the picture.</summary>
public static class ChangedRegions
{
    /// <summary>Grid cells per picture width (the height gets as many as keep them square).</summary>
    private const int Columns = 32;

    /// <summary>A channel off by more than this (of 255) is a difference; less is antialiasing.</summary>
    private const int Threshold = 24;

    public static IReadOnlyList<SKRect> Find(byte[] before, byte[] after)
    {
        using var a = SKBitmap.Decode(before);
        using var b = SKBitmap.Decode(after);
        if (a is null || b is null || a.Width != b.Width || a.Height != b.Height)
        {
            return [new SKRect(0, 0, 1, 1)];
        }

        var cell = Math.Max(1, a.Width / Columns);
        var regions = new List<SKRect>();
        for (var top = 0; top < a.Height; top += cell)
        {
            for (var left = 0; left < a.Width; left += cell)
            {
                if (Differs(a, b, left, top, Math.Min(a.Width, left + cell), Math.Min(a.Height, top + cell)))
                {
                    regions.Add(new SKRect(left / (float)a.Width, top / (float)a.Height, Math.Min(a.Width, left + cell) / (float)a.Width, Math.Min(a.Height, top + cell) / (float)a.Height));
                }
            }
        }

        return regions;
    }

    private static bool Differs(SKBitmap a, SKBitmap b, int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                if (Math.Abs(p.Red - q.Red) > Threshold || Math.Abs(p.Green - q.Green) > Threshold || Math.Abs(p.Blue - q.Blue) > Threshold)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
