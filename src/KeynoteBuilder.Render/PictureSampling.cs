using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// How a picture's pixels are read where it is drawn. Cubic (Mitchell) keeps a picture drawn near its own
/// size, or larger, sharp; but it reads only the few pixels around each point, so a picture drawn at less
/// than half its size (a screenshot in a column, any picture on a contact sheet) skips most of its pixels
/// and fine detail such as text breaks up. There it reads mipmaps instead: the picture halved again and
/// again, each pixel the average of four, blended between the two levels nearest the drawn size.
/// </summary>
internal static class PictureSampling
{
    /// <summary>Drawn at less than this share of its pixels (on either axis), a picture is read from mipmaps.</summary>
    private const float MipmapsBelow = 0.5f;

    private static readonly SKSamplingOptions Sharp = new(SKCubicResampler.Mitchell);

    private static readonly SKSamplingOptions Averaged = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>The sampling for <paramref name="source"/> (picture pixels) drawn into <paramref name="frame"/> on <paramref name="canvas"/> as it is now transformed.</summary>
    public static SKSamplingOptions For(SKCanvas canvas, SKRect source, SKRect frame)
    {
        if (source.Width <= 0 || source.Height <= 0)
        {
            return Sharp;
        }

        // Device pixels (or PDF points) a picture pixel covers, along the frame's two sides, whatever the turn.
        var matrix = canvas.TotalMatrix;
        var across = matrix.MapVector(frame.Width, 0).Length / source.Width;
        var down = matrix.MapVector(0, frame.Height).Length / source.Height;
        return Math.Min(across, down) < MipmapsBelow ? Averaged : Sharp;
    }
}
