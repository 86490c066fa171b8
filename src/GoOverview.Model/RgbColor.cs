using System.Globalization;

namespace GoOverview.Model;

/// <summary>An sRGB colour with alpha (0–255 each).</summary>
public readonly record struct RgbColor(byte R, byte G, byte B, byte A = 255)
{
    public static readonly RgbColor Red = new(255, 0, 0);
    public static readonly RgbColor Black = new(0, 0, 0);

    /// <summary>Six upper-case hex digits without '#', e.g. "FF0000" (alpha is not included).</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"{R:X2}{G:X2}{B:X2}");

    public override string ToString() => A == 255 ? "#" + ToHex() : $"#{ToHex()}{A:X2}";
}
