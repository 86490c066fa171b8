using System.Globalization;
using GoOverview.Model;
using GoOverview.Model.Css;

namespace GoOverview.Epub.Html;

/// <summary>
/// Reads the few properties of a raw-HTML style attribute that the book keeps (colour, background, weight,
/// slant, decoration, alignment); the result becomes classes, never an inline style. Colours and full-width
/// punctuation (the seed writes rgb(255，0，0)) are read by the model's one CSS colour parser.
/// </summary>
internal static class InlineCss
{
    public sealed record Result(TextStyle Style, string? Align);

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

    public static RgbColor? ParseColor(string value) => CssColor.Parse(value);

    private static string Normalize(string css) => FullWidthPunctuation.ToAscii(css);
}
