using KeynoteBuilder.Layout;

namespace KeynoteBuilder.Pipeline;

/// <summary>Writes a laid-out deck as a package. The only implementation knows Open XML; the compiler does not.</summary>
public interface IDeckWriter
{
    /// <param name="timestamp">The document's created/modified date; null writes none (no clock is read).</param>
    void Write(LaidOutDeck deck, Stream output, DateTimeOffset? timestamp);
}
