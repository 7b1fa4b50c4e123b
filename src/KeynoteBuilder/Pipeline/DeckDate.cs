using System.Globalization;

namespace KeynoteBuilder.Pipeline;

/// <summary>The document date: the deck's <c>date:</c> when it is an ISO date, else SOURCE_DATE_EPOCH, else none. Never the clock.</summary>
public static class DeckDate
{
    public static DateTimeOffset? From(string? deckDate)
    {
        if (deckDate is not null && DateTime.TryParseExact(deckDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        return FromEnvironment();
    }

    public static DateTimeOffset? FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
