namespace GoOverview.Epub.Html;

/// <summary>What the sanitizer knows about HTML element names.</summary>
internal static class HtmlElements
{
    /// <summary>Removed together with their content: active content, forms, embedded media, document-level tags.</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "object", "embed", "applet", "form", "input", "button", "select", "textarea",
        "option", "optgroup", "noscript", "template", "frame", "frameset", "link", "meta", "base", "svg", "math",
        "audio", "video", "canvas", "title", "head", "xmp", "noembed", "noframes", "plaintext", "portal", "source",
        "track", "param", "dialog", "map", "area",
    };

    public static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "wbr" };

    /// <summary>Phrasing elements written as they are.</summary>
    public static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var", "wbr",
    };

    /// <summary>Flow (block) elements written as they are.</summary>
    public static readonly HashSet<string> Flow = new(StringComparer.Ordinal)
    {
        "div", "p", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "table", "caption", "thead", "tbody",
        "tfoot", "tr", "th", "td", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "section", "article", "aside",
        "header", "footer", "address",
    };

    /// <summary>Obsolete or unusual names written as a modern equivalent.</summary>
    public static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["font"] = "span", ["big"] = "span", ["nobr"] = "span", ["tt"] = "code", ["strike"] = "s", ["center"] = "div",
        ["main"] = "div", ["nav"] = "div", ["details"] = "div", ["summary"] = "p", ["hgroup"] = "div", ["figcaption"] = "p",
        ["time"] = "span", ["data"] = "span", ["label"] = "span", ["acronym"] = "abbr", ["listing"] = "pre",
    };

    /// <summary>Elements that may only appear inside one of the given parents.</summary>
    public static readonly Dictionary<string, string[]> RequiredParents = new(StringComparer.Ordinal)
    {
        ["li"] = ["ul", "ol"], ["dt"] = ["dl"], ["dd"] = ["dl"], ["tr"] = ["table", "thead", "tbody", "tfoot"],
        ["td"] = ["tr"], ["th"] = ["tr"], ["thead"] = ["table"], ["tbody"] = ["table"], ["tfoot"] = ["table"],
        ["caption"] = ["table"],
    };

    /// <summary>Containers whose children are structural; stray content gets the implied child (e.g. an li).</summary>
    public static readonly Dictionary<string, string> ImpliedChild = new(StringComparer.Ordinal)
    {
        ["ul"] = "li", ["ol"] = "li", ["dl"] = "dd", ["table"] = "tr", ["thead"] = "tr", ["tbody"] = "tr", ["tfoot"] = "tr",
        ["tr"] = "td",
    };

    /// <summary>Elements that hold phrasing content only: block elements inside them lose their tags.</summary>
    public static readonly HashSet<string> PhrasingOnly = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "caption",
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "u", "var",
    };

    /// <summary>Elements an open one of the same kind implicitly closes (HTML's optional end tags).</summary>
    public static readonly Dictionary<string, string[]> ClosesOpen = new(StringComparer.Ordinal)
    {
        ["li"] = ["li"], ["dt"] = ["dt", "dd"], ["dd"] = ["dt", "dd"], ["tr"] = ["tr", "td", "th"], ["td"] = ["td", "th"],
        ["th"] = ["td", "th"], ["p"] = ["p"], ["thead"] = ["tr", "td", "th"], ["tbody"] = ["thead", "tbody", "tr", "td", "th"],
        ["tfoot"] = ["tbody", "tr", "td", "th"],
    };
}
