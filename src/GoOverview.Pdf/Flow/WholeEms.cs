namespace GoOverview.Pdf.Flow;

/// <summary>
/// Widths in whole body ems: the text block is one (PageGeometry.WholeEmsWide), and an inset of whole ems (a list's
/// hang) keeps the text inside it one too, so a line of Han characters fills it with no tracking.
/// </summary>
internal static class WholeEms
{
    /// <summary>The smallest whole number of ems not below <paramref name="width"/> (a hair over a whole em stays on it).</summary>
    public static float RoundUp(float width, float em) => MathF.Ceiling(width / em - 0.001f) * em;
}
