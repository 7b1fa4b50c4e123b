using System.Collections.Concurrent;
using System.Security.Cryptography;
using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Bodies.Image;

/// <summary>
/// Whether an image's data is whole: a PNG verified chunk by chunk and row by row (<see cref="PngIntegrity"/>),
/// a JPEG checked for its end marker and decoded, a GIF walked block by block to its trailer and its first frame decoded. Images found whole are remembered by content, so
/// <c>keynote watch</c> does not decode a deck's photos again on every rebuild.
/// </summary>
public static class ImageVerification
{
    // Bounded: a long watch session over many images must not grow without end.
    private const int MaxRemembered = 512;
    private static readonly ConcurrentDictionary<string, bool> Whole = new(StringComparer.Ordinal);

    public static bool IsWhole(string contentType, byte[] data)
    {
        var key = contentType + ":" + Convert.ToHexString(SHA256.HashData(data));
        if (Whole.ContainsKey(key))
        {
            return true;
        }

        var whole = contentType switch
        {
            "image/png" => PngIntegrity.IsComplete(data),
            "image/gif" => GifBlocks.IsComplete(data) && ImageDecoding.Decodes(data),
            _ => JpegSegments.IsComplete(data) && ImageDecoding.Decodes(data),
        };
        if (whole)
        {
            if (Whole.Count >= MaxRemembered)
            {
                Whole.Clear();
            }

            Whole[key] = true;
        }

        return whole;
    }
}
