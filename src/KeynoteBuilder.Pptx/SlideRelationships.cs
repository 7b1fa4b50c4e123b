namespace KeynoteBuilder.Pptx;

/// <summary>Relationship ids a slide's XML refers to, handed out from counters so the same deck gets the same ids.</summary>
internal sealed class SlideRelationships
{
    private int _next = 10;

    public List<(string Id, byte[] Data, string ContentType)> Images { get; } = [];

    public List<(string Id, string Url)> Links { get; } = [];

    public string AddImage(byte[] data, string contentType)
    {
        var id = $"rId{_next++}";
        Images.Add((id, data, contentType));
        return id;
    }

    public string AddLink(string url)
    {
        var existing = Links.FindIndex(l => l.Url == url);
        if (existing >= 0)
        {
            return Links[existing].Id;
        }

        var id = $"rId{_next++}";
        Links.Add((id, url));
        return id;
    }
}
