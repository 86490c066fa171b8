namespace GoOverview.Markdown.Html;

/// <summary>The HTML elements that make blocks (everything else the reader knows is phrasing).</summary>
internal static class HtmlBlockNames
{
    private static readonly HashSet<string> Flow = new(StringComparer.Ordinal)
    {
        "p", "div", "center", "section", "article", "main", "header", "footer", "nav", "aside", "address", "hgroup",
        "figure", "figcaption", "blockquote", "ul", "ol", "menu", "dir", "li", "dl", "dt", "dd", "table", "caption",
        "thead", "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "listing", "details",
        "summary", "search",
    };

    /// <summary>Elements with nothing to show and nothing to warn about.</summary>
    private static readonly HashSet<string> Silent = new(StringComparer.Ordinal) { "html", "body", "colgroup", "col", "td", "th" };

    public static bool IsBlock(string name) => Flow.Contains(name);

    public static bool BreaksLine(string name) => Flow.Contains(name);

    public static bool IsKnown(string name) => Flow.Contains(name) || Silent.Contains(name);
}
