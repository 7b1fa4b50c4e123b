namespace KeynoteBuilder.Pptx;

/// <summary>Images stored once per content, however many slides show them, written when first used.</summary>
/// <param name="prefix">The start of each part's name: on a speaker's template, one its own pictures do not use.</param>
internal sealed class MediaParts(PackageZip zip, string prefix = "ppt/media/image")
{
    private readonly Dictionary<(byte[] Data, string ContentType), string> _parts = new(new SameContent());

    /// <summary>The part that holds <paramref name="data"/>, added to the package on first sight.</summary>
    public string Add(byte[] data, string contentType)
    {
        if (!_parts.TryGetValue((data, contentType), out var part))
        {
            var extension = contentType switch
            {
                "image/jpeg" => "jpeg",
                "image/gif" => "gif",
                "image/svg+xml" => "svg",
                _ => "png",
            };
            part = $"{prefix}{_parts.Count + 1}.{extension}";
            zip.Add(part, data);
            _parts[(data, contentType)] = part;
        }

        return part;
    }

    /// <summary>Images are equal when their bytes are: hashed for the lookup, compared whole to confirm.</summary>
    private sealed class SameContent : IEqualityComparer<(byte[] Data, string ContentType)>
    {
        public bool Equals((byte[] Data, string ContentType) x, (byte[] Data, string ContentType) y) =>
            x.ContentType == y.ContentType && x.Data.AsSpan().SequenceEqual(y.Data);

        public int GetHashCode((byte[] Data, string ContentType) image)
        {
            var hash = new HashCode();
            hash.AddBytes(image.Data);
            hash.Add(image.ContentType);
            return hash.ToHashCode();
        }
    }
}
