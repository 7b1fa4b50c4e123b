using System.Security.Cryptography;

namespace KeynoteBuilder.Pptx;

/// <summary>Images stored once per content, however many slides show them, written when first used.</summary>
internal sealed class MediaParts(PackageZip zip)
{
    private readonly Dictionary<string, string> _parts = new(StringComparer.Ordinal);

    /// <summary>The part that holds <paramref name="data"/>, added to the package on first sight.</summary>
    public string Add(byte[] data, string contentType)
    {
        var key = Convert.ToHexString(SHA256.HashData(data)) + contentType;
        if (!_parts.TryGetValue(key, out var part))
        {
            var extension = contentType switch
            {
                "image/jpeg" => "jpeg",
                "image/svg+xml" => "svg",
                _ => "png",
            };
            part = $"ppt/media/image{_parts.Count + 1}.{extension}";
            zip.Add(part, data);
            _parts[key] = part;
        }

        return part;
    }
}
