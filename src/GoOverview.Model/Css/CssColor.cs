using System.Globalization;


namespace GoOverview.Model.Css;

/// <summary>
/// Parses a CSS colour value: named colours, transparent, #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() with
/// numbers or percentages (comma or space separated, "/ alpha"), and hsl()/hsla(). Full-width punctuation must be
/// normalised by the caller (<see cref="FullWidthPunctuation"/>).
/// </summary>
public static class CssColor
{
    public static RgbColor? Parse(string value)
    {
        var v = FullWidthPunctuation.ToAscii(value).Trim().ToLowerInvariant();
        if (v.Length == 0) return null;
        if (v == "transparent") return new RgbColor(0, 0, 0, 0);
        if (v[0] == '#') return ParseHex(v[1..]);
        if (CssNamedColors.TryGet(v, out var rgb)) return new RgbColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        var open = v.IndexOf('(');
        if (open < 0 || !v.EndsWith(')')) return null;
        var function = v[..open].Trim();
        var args = SplitArguments(v[(open + 1)..^1]);
        return function switch
        {
            "rgb" or "rgba" => ParseRgb(args),
            "hsl" or "hsla" => ParseHsl(args),
            _ => null,
        };
    }

    private static RgbColor? ParseHex(string hex)
    {
        foreach (var c in hex)
            if (!char.IsAsciiHexDigit(c)) return null;
        int Digit(int i) => Convert.ToInt32(hex.Substring(i, 1), 16);
        byte Pair(int i) => Convert.ToByte(hex.Substring(i, 2), 16);
        return hex.Length switch
        {
            3 => new RgbColor((byte)(Digit(0) * 17), (byte)(Digit(1) * 17), (byte)(Digit(2) * 17)),
            4 => new RgbColor((byte)(Digit(0) * 17), (byte)(Digit(1) * 17), (byte)(Digit(2) * 17), (byte)(Digit(3) * 17)),
            6 => new RgbColor(Pair(0), Pair(2), Pair(4)),
            8 => new RgbColor(Pair(0), Pair(2), Pair(4), Pair(6)),
            _ => null,
        };
    }

    /// <summary>"255, 0, 0", "255 0 0 / 50%", "100%,0%,0%,0.5" → the separate arguments (alpha last if 4).</summary>
    private static List<string> SplitArguments(string inner) =>
        inner.Replace('/', ' ').Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static RgbColor? ParseRgb(List<string> args)
    {
        if (args.Count is not (3 or 4)) return null;
        var r = Channel(args[0]);
        var g = Channel(args[1]);
        var b = Channel(args[2]);
        var a = args.Count == 4 ? Alpha(args[3]) : 255;
        if (r is null || g is null || b is null || a is null) return null;
        return new RgbColor(r.Value, g.Value, b.Value, a.Value);
    }

    private static RgbColor? ParseHsl(List<string> args)
    {
        if (args.Count is not (3 or 4)) return null;
        var hue = Number(args[0].Replace("deg", ""));
        var saturation = Percent(args[1]);
        var lightness = Percent(args[2]);
        var a = args.Count == 4 ? Alpha(args[3]) : 255;
        if (hue is null || saturation is null || lightness is null || a is null) return null;
        var (r, g, b) = HslToRgb(hue.Value, saturation.Value, lightness.Value);
        return new RgbColor(r, g, b, a.Value);
    }

    private static byte? Channel(string text) =>
        text.EndsWith('%')
            ? Percent(text) is { } p ? ToByte(p * 255) : null
            : Number(text) is { } n ? ToByte(n) : null;

    private static byte? Alpha(string text) =>
        text.EndsWith('%')
            ? Percent(text) is { } p ? ToByte(p * 255) : null
            : Number(text) is { } n ? ToByte(n * 255) : null;

    private static double? Percent(string text) =>
        text.EndsWith('%') && Number(text[..^1]) is { } n ? n / 100.0 : null;

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static byte ToByte(double value) => (byte)Math.Round(Math.Clamp(value, 0, 255));

    private static (byte, byte, byte) HslToRgb(double hue, double s, double l)
    {
        s = Math.Clamp(s, 0, 1);
        l = Math.Clamp(l, 0, 1);
        var h = ((hue % 360) + 360) % 360 / 360.0;
        double Convert(double t)
        {
            var q = l < 0.5 ? l * (1 + s) : l + s - l * s;
            var p = 2 * l - q;
            t = (t % 1 + 1) % 1;
            if (t < 1 / 6.0) return p + (q - p) * 6 * t;
            if (t < 1 / 2.0) return q;
            if (t < 2 / 3.0) return p + (q - p) * (2 / 3.0 - t) * 6;
            return p;
        }
        return (ToByte(Convert(h + 1 / 3.0) * 255), ToByte(Convert(h) * 255), ToByte(Convert(h - 1 / 3.0) * 255));
    }
}
