using System.Globalization;

namespace GoOverview.Slides.Pptx;

/// <summary>Unit conversions: DrawingML lengths are EMU (12 700 per point), font sizes hundredths of a point.</summary>
internal static class Emu
{
    public const long PerPoint = 12700;

    public static long FromPoints(double points) => (long)Math.Round(points * PerPoint);

    public static double ToPoints(long emu) => emu / (double)PerPoint;

    public static string Str(double points) => FromPoints(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>A font size as the sz attribute wants it (hundredths of a point).</summary>
    public static string FontSize(double points) => ((int)Math.Round(points * 100)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A spacing in hundredths of a point (a:spcPts val).</summary>
    public static string Spacing(double points) => ((int)Math.Round(points * 100)).ToString(CultureInfo.InvariantCulture);
}
