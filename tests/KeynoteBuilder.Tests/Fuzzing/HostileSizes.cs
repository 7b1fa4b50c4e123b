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
        // Text fitting (~15 µs a byte) and quadratic chart-label and table-cell fitting (issue 9
        // item 23, issue 10 items 5 and 6): raise to the soak's 100 KB to 1 MB once those are linear.
        MinScalar = 200,
        MaxScalar = 2_000,

        // Chart labels are fitted in time quadratic in their length (issue 9 item 23): 13 aliased
        // 1,900-character categories took 5 s. Raise to MaxScalar once label fitting is linear.
        MaxChartLabel = 300,

        // The alias limit counts nodes, not characters (issue 10 item 5): raise to 400 once it counts text.
        MaxAliases = 20,

        // Pie, line and table cost with rows (issue 10 item 4): raise to 1,000,000 once rows are capped.
        MaxCsvRows = 300,

        // Truncated and undecodable images build (issue 10 item 9): set true once they are refused.
        RefuseDamagedImages = false,

        // Widths and heights of 2^31 and more build an invalid package (issue 10 item 8): set true once read unsigned.
        ImageSizesPastInt32 = false,

        // Building and validating a package of up to 2,000 slides takes seconds; CI keeps to decks past
        // the slide cap (refused before any copy) and DeckLimitTests builds one at the cap.
        BuildThousandsOfSlides = false,

        // A FIFO (or a link to one) as image or CSV blocks forever, a link loop throws (issue 10 items 3 and 18):
        // set true once anything but a regular file is refused.
        BlockingSpecialFiles = false,
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
