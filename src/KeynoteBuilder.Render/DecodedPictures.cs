using SkiaSharp;

namespace KeynoteBuilder.Render;

/// <summary>
/// One <see cref="SKImage"/> per picture for a whole document. A template's background or logo is on
/// every slide, and a deck's file read once is shared by the slides that show it (emphasis steps,
/// a repeated background): the same image object lets a PDF embed it once instead of once a page
/// (a 19-slide deck on a template with a full-slide photo was 15 MB and took seconds to encode),
/// and decodes it once. Keyed by the bytes' identity: the deck and the template are read once.
/// </summary>
internal sealed class DecodedPictures : IDisposable
{
    private readonly Dictionary<byte[], SKImage?> _images = new(ReferenceEqualityComparer.Instance);

    /// <summary>The picture decoded, or null when it does not decode (EMF, WMF, damaged data).</summary>
    public SKImage? Of(byte[] data)
    {
        if (!_images.TryGetValue(data, out var image))
        {
            _images[data] = image = SKImage.FromEncodedData(data);
        }

        return image;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image?.Dispose();
        }

        _images.Clear();
    }
}
