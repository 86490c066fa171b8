using System.Globalization;
using GoOverview.Model;

namespace GoOverview.Epub.Html;

/// <summary>
/// Reads the few properties of a raw-HTML style attribute that the book keeps (colour, background, weight,
/// slant, decoration, alignment); the result becomes classes, never an inline style. Full-width punctuation
/// (the seed writes rgb(255，0，0)) is normalised first.
/// </summary>
internal static class InlineCss
{
    public sealed record Result(TextStyle Style, string? Align);

    private static readonly Dictionary<string, RgbColor> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = new(0, 0, 0), ["white"] = new(255, 255, 255), ["red"] = new(255, 0, 0), ["green"] = new(0, 128, 0),
        ["blue"] = new(0, 0, 255), ["yellow"] = new(255, 255, 0), ["orange"] = new(255, 165, 0), ["purple"] = new(128, 0, 128),
        ["gray"] = new(128, 128, 128), ["grey"] = new(128, 128, 128), ["silver"] = new(192, 192, 192), ["maroon"] = new(128, 0, 0),
        ["navy"] = new(0, 0, 128), ["teal"] = new(0, 128, 128), ["olive"] = new(128, 128, 0), ["lime"] = new(0, 255, 0),
        ["aqua"] = new(0, 255, 255), ["cyan"] = new(0, 255, 255), ["fuchsia"] = new(255, 0, 255), ["magenta"] = new(255, 0, 255),
        ["brown"] = new(165, 42, 42), ["pink"] = new(255, 192, 203), ["darkred"] = new(139, 0, 0), ["crimson"] = new(220, 20, 60),
    };

    public static Result Parse(string css)
    {
        var style = TextStyle.None;
        string? align = null;
        foreach (var declaration in Normalize(css).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = declaration.IndexOf(':');
            if (colon < 0) continue;
            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim().ToLowerInvariant();
            switch (property)
            {
                case "color":
                    if (ParseColor(value) is { } c) style = style with { Color = c };
                    break;
                case "background-color":
                case "background":
                    if (ParseColor(value) is { } bg) style = style with { Background = bg };
                    break;
                case "font-weight":
                    style = style with { Bold = value is "bold" or "bolder" || (int.TryParse(value, out var w) && w >= 600) };
                    break;
                case "font-style":
                    style = style with { Italic = value is "italic" or "oblique" };
                    break;
                case "text-decoration":
                case "text-decoration-line":
                    style = style with { Underline = value.Contains("underline"), Strikethrough = value.Contains("line-through") };
                    break;
                case "text-align":
                    if (value is "left" or "center" or "right" or "justify") align = value;
                    break;
            }
        }
        return new Result(style, align);
    }

    public static RgbColor? ParseColor(string value)
    {
        value = Normalize(value).Trim().ToLowerInvariant();
        if (Named.TryGetValue(value, out var named)) return named;
        if (value.StartsWith('#'))
        {
            var hex = value[1..];
            if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
            if (hex.Length is 6 or 8 && uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var n))
            {
                if (hex.Length == 6) return new RgbColor((byte)(n >> 16), (byte)(n >> 8), (byte)n);
                return new RgbColor((byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n);
            }
            return null;
        }
        if ((value.StartsWith("rgb(") || value.StartsWith("rgba(")) && value.EndsWith(')'))
        {
            var parts = value[(value.IndexOf('(') + 1)..^1].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) return null;
            var channels = new byte[3];
            for (var i = 0; i < 3; i++)
            {
                var p = parts[i];
                var percent = p.EndsWith('%');
                if (!double.TryParse(percent ? p[..^1] : p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return null;
                channels[i] = (byte)Math.Clamp(Math.Round(percent ? v * 2.55 : v), 0, 255);
            }
            byte alpha = 255;
            if (parts.Length >= 4 && double.TryParse(parts[3].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
                alpha = (byte)Math.Clamp(Math.Round(parts[3].EndsWith('%') ? a * 2.55 : a * 255), 0, 255);
            return new RgbColor(channels[0], channels[1], channels[2], alpha);
        }
        return null;
    }

    private static string Normalize(string css) => css
        .Replace('，', ',').Replace('；', ';').Replace('：', ':').Replace('（', '(').Replace('）', ')')
        .Replace('＃', '#').Replace('　', ' ');
}
