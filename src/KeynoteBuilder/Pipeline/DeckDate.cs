using System.Globalization;

namespace KeynoteBuilder.Pipeline;

/// <summary>The document date: the deck's <c>date:</c> when it is an ISO date, else SOURCE_DATE_EPOCH, else none. Never the clock.</summary>
public static class DeckDate
{
    public static DateTimeOffset? From(string? deckDate) =>
        deckDate is not null && TryParse(deckDate) is { } date ? date : FromEnvironment();

    /// <summary>The deck's <c>date:</c> as a day, when it is written YYYY-MM-DD; the binder warns about anything else.</summary>
    public static DateTimeOffset? TryParse(string deckDate) =>
        DateTime.TryParseExact(deckDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;

    public static DateTimeOffset? FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
