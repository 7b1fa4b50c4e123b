namespace KeynoteBuilder.Layout;

/// <summary>
/// How text in a template's typeface is measured. We carry the metrics of Arial only (the bundled
/// Liberation Sans has its widths), so text in Arial and its metric twins is measured exactly; text
/// in any other face is measured as Arial widened by a margin that covers the face: none for faces
/// known to be no wider than Arial, 15% (Verdana, the widest common face) for the rest. Either way the
/// estimate never fits text that the real face would overflow; the deck is told which faces were estimated.
/// </summary>
public static class FaceMetrics
{
    private static readonly HashSet<string> Measured = new(StringComparer.OrdinalIgnoreCase)
    {
        "Arial", "Helvetica", "Liberation Sans", "Arimo",
    };

    private static readonly HashSet<string> NoWider = new(StringComparer.OrdinalIgnoreCase)
    {
        "Calibri", "Calibri Light", "Carlito", "Times New Roman", "Times", "Liberation Serif", "Tinos", "Cambria", "Caladea",
        "Arial Narrow", "Liberation Sans Narrow", "Garamond", "Gill Sans MT", "Franklin Gothic Book", "Corbel",
    };

    /// <summary>The widening for unknown faces: Verdana's text runs about 15% wider than Arial's.</summary>
    public const double UnknownWidening = 1.15;

    /// <summary>Whether text in <paramref name="face"/> is measured with its own metrics.</summary>
    public static bool CanMeasure(string face) => Measured.Contains(face.Trim());

    /// <summary>The factor Arial widths are multiplied by to stand for <paramref name="face"/>'s.</summary>
    public static double Widening(string face) => CanMeasure(face) || NoWider.Contains(face.Trim()) ? 1 : UnknownWidening;
}
