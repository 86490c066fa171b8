using AngleSharp.Dom;
using GoOverview.Model;

namespace GoOverview.Markdown.Html;

/// <summary>&lt;center&gt;, align="…" and style="text-align: …" as the class the writers honour (align-center, align-right).</summary>
internal static class HtmlAlignment
{
    public static string? Of(IElement element)
    {
        if (element.LocalName == "center") return BlockAlignment.CenterClass;
        var value = element.GetAttribute("align") ?? TextAlign(element.GetAttribute("style"));
        return value?.Trim().ToLowerInvariant() switch
        {
            "center" or "middle" => BlockAlignment.CenterClass,
            "right" => BlockAlignment.RightClass,
            _ => null,
        };
    }

    public static ColumnAlignment ColumnOf(IElement cell) => Of(cell) switch
    {
        BlockAlignment.CenterClass => ColumnAlignment.Center,
        BlockAlignment.RightClass => ColumnAlignment.Right,
        _ => (cell.GetAttribute("align") ?? TextAlign(cell.GetAttribute("style")))?.Trim().ToLowerInvariant() == "left" ? ColumnAlignment.Left : ColumnAlignment.Default,
    };

    private static string? TextAlign(string? style)
    {
        if (string.IsNullOrEmpty(style)) return null;
        foreach (var declaration in Model.Css.FullWidthPunctuation.ToAscii(style).Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon > 0 && declaration[..colon].Trim().Equals("text-align", StringComparison.OrdinalIgnoreCase)) return declaration[(colon + 1)..];
        }
        return null;
    }
}
