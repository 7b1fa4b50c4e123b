namespace KeynoteBuilder.Pptx;

/// <summary>English Metric Units, Open XML's length: 12,700 per point, 914,400 per inch.</summary>
internal static class Emu
{
    public const long PerPoint = 12_700;

    public static long FromPoints(double points) => (long)Math.Round(points * PerPoint);

    /// <summary>Text sizes are written in hundredths of a point.</summary>
    public static int FontSize(double points) => (int)Math.Round(points * 100);
}
