namespace KeynoteBuilder.Tests.Fuzzing;

/// <summary>
/// How big the hostile shapes get. The soak runs them at the sizes of issue 10; CI runs each at the
/// largest size today's code handles within the budget, so a known bug another change fixes does
/// not turn every build red. Each CI value below the soak's names what lets it rise.
/// </summary>
internal sealed record HostileSizes(string Name)
{
    /// <summary>Issue 10's sizes: 100 KB to 1 MB scalars, 400 aliases, million-row CSVs, every damaged file refused.</summary>
    public static HostileSizes Soak { get; } = new("soak");

    public static HostileSizes Ci { get; } = new("ci")
    {
        // Every hostile shape runs in CI; only sizes are smaller, to keep the run well under a minute
        // on two cores. Text, table and chart-label fitting are linear now, so size is time, not a bug.
        MinScalar = 10_000,
        MaxScalar = 100_000,
        MaxChartLabel = 100_000,

        // Aliases are capped by the characters they expand to, so 400 aliases of long strings are refused at once.
        MaxAliases = 400,

        // Rows past every cap (tables 30, charts 1,000 points) are refused before they are parsed.
        MaxCsvRows = 100_000,

        // Building and validating a package of up to 2,000 slides takes seconds; CI keeps to decks past
        // the slide cap (refused before any copy) and DeckLimitTests builds one at the cap.
        BuildThousandsOfSlides = false,
    };

    public int MinScalar { get; init; } = 100_000;

    public int MaxScalar { get; init; } = 1_000_000;

    public int MaxChartLabel { get; init; } = 1_000_000;

    public int MaxAliases { get; init; } = 400;

    public int MaxCsvRows { get; init; } = 1_000_000;

    public bool BuildThousandsOfSlides { get; init; } = true;

    public bool RefuseDamagedImages { get; init; } = true;

    public bool ImageSizesPastInt32 { get; init; } = true;

    public bool BlockingSpecialFiles { get; init; } = true;
}
