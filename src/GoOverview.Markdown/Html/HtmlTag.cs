using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace GoOverview.Markdown.Html;

internal enum HtmlTagKind
{
    Open,
    Close,
    SelfClosing,
    /// <summary>Comments, declarations, processing instructions, CDATA: never paired, never shown.</summary>
    Other,
}

/// <summary>One HTML tag: an inline tag as Markdig hands it over (read by AngleSharp's tokenizer) or a parsed element.</summary>
internal sealed record HtmlTag(string Name, HtmlTagKind Kind, IReadOnlyDictionary<string, string> Attributes, string Raw)
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "br", "img", "hr", "wbr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track",
    };

    public bool IsVoid => Kind == HtmlTagKind.SelfClosing || (Kind == HtmlTagKind.Open && VoidElements.Contains(Name));

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads one tag with the HTML5 tokenizer; anything that is not a start or end tag comes back as Other.</summary>
    public static HtmlTag Parse(string raw)
    {
        var other = new HtmlTag("", HtmlTagKind.Other, new Dictionary<string, string>(), raw);
        // A read-only source: the string overload builds AngleSharp's whole encoding table first.
        var token = new HtmlTokenizer(new TextSource(new StringTextSource(raw)), HtmlEntityProvider.Resolver).Get();
        if (token is not HtmlTagToken tag || tag.Name.Length == 0) return other;
        if (token.Type == HtmlTokenType.EndTag) return new HtmlTag(tag.Name, HtmlTagKind.Close, new Dictionary<string, string>(), raw);
        if (token.Type != HtmlTokenType.StartTag) return other;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in tag.Attributes) attributes.TryAdd(attribute.Name, attribute.Value);
        return new HtmlTag(tag.Name, tag.IsSelfClosing ? HtmlTagKind.SelfClosing : HtmlTagKind.Open, attributes, raw);
    }

    /// <summary>An element of a parsed HTML block, seen as its start tag.</summary>
    public static HtmlTag Of(IElement element)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes) attributes.TryAdd(attribute.Name, attribute.Value);
        return new HtmlTag(element.LocalName, HtmlTagKind.Open, attributes, "<" + element.LocalName + ">");
    }
}
