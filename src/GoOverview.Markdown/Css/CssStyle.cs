using GoOverview.Model.Css;
using GoOverview.Model;

namespace GoOverview.Markdown.Css;

/// <summary>
/// Reads the properties of a <c>style="…"</c> attribute that the model keeps: color, background(-color),
/// font-weight (bold, bolder, 600–900), font-style (italic, oblique), text-decoration(-line) underline/line-through.
/// Anything else is ignored (it only changes looks the writers decide themselves).
/// </summary>
internal static class CssStyle
{
    public static TextStyle Parse(string? styleAttribute, TextStyle inherited)
    {
        if (string.IsNullOrWhiteSpace(styleAttribute)) return inherited;
        var style = inherited;
        var text = FullWidthPunctuation.ToAscii(styleAttribute);
        foreach (var declaration in SplitDeclarations(text))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0) continue;
            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim();
            style = Apply(style, property, value);
        }
        return style;
    }

    private static TextStyle Apply(TextStyle style, string property, string value)
    {
        var lower = value.ToLowerInvariant();
        switch (property)
        {
            case "color":
                return CssColor.Parse(value) is { } color ? style with { Color = color } : style;
            case "background-color":
                return CssColor.Parse(value) is { } bg ? style with { Background = bg } : style;
            case "background":
                return BackgroundColorOf(value) is { } shorthand ? style with { Background = shorthand } : style;
            case "font-weight":
                return style with { Bold = IsBoldWeight(lower) };
            case "font-style":
                return style with { Italic = lower.StartsWith("italic") || lower.StartsWith("oblique") };
            case "text-decoration":
            case "text-decoration-line":
                return style with
                {
                    Underline = lower.Contains("underline"),
                    Strikethrough = lower.Contains("line-through"),
                };
            case "font":
                // shorthand like "bold 14px serif" / "italic bold 12px a"
                var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return style with
                {
                    Bold = style.Bold || words.Any(IsBoldWeight),
                    Italic = style.Italic || words.Contains("italic") || words.Contains("oblique"),
                };
            default:
                return style;
        }
    }

    public static bool IsBoldWeight(string value) => value.Trim() switch
    {
        "bold" or "bolder" => true,
        var number when int.TryParse(number, out var weight) => weight >= 600,
        _ => false,
    };

    /// <summary>The colour part of a background shorthand ("yellow", "#ff0 url(x.png) no-repeat").</summary>
    private static RgbColor? BackgroundColorOf(string value)
    {
        if (CssColor.Parse(value) is { } whole) return whole;
        foreach (var token in SplitOutsideParentheses(value, ' '))
            if (CssColor.Parse(token) is { } color) return color;
        return null;
    }

    private static IEnumerable<string> SplitDeclarations(string text) => SplitOutsideParentheses(text, ';');

    /// <summary>Splits on a separator that is not inside (…), so "rgb(1 2 3)" stays whole.</summary>
    private static IEnumerable<string> SplitOutsideParentheses(string text, char separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c == separator && depth == 0)
            {
                if (i > start) yield return text[start..i];
                start = i + 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }
}
