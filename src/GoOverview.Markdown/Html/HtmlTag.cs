using System.Net;

namespace GoOverview.Markdown.Html;

internal enum HtmlTagKind
{
    Open,
    Close,
    SelfClosing,
    /// <summary>Comments, declarations, processing instructions, CDATA: kept raw, never paired.</summary>
    Other,
}

/// <summary>One HTML tag token as Markdig hands it over (e.g. <c>&lt;span style="…"&gt;</c>), parsed.</summary>
internal sealed record HtmlTag(string Name, HtmlTagKind Kind, IReadOnlyDictionary<string, string> Attributes, string Raw)
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "br", "img", "hr", "wbr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track",
    };

    public bool IsVoid => Kind == HtmlTagKind.SelfClosing || (Kind == HtmlTagKind.Open && VoidElements.Contains(Name));

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses a tag; anything that is not a start or end tag comes back with Kind Other.</summary>
    public static HtmlTag Parse(string raw)
    {
        var other = new HtmlTag("", HtmlTagKind.Other, new Dictionary<string, string>(), raw);
        if (raw.Length < 3 || raw[0] != '<') return other;
        var i = 1;
        var closing = raw[i] == '/';
        if (closing) i++;
        var nameStart = i;
        while (i < raw.Length && (char.IsAsciiLetterOrDigit(raw[i]) || raw[i] == '-')) i++;
        if (i == nameStart || !char.IsAsciiLetter(raw[nameStart])) return other;
        var name = raw[nameStart..i].ToLowerInvariant();
        if (closing) return new HtmlTag(name, HtmlTagKind.Close, new Dictionary<string, string>(), raw);

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var selfClosing = false;
        while (i < raw.Length)
        {
            while (i < raw.Length && char.IsWhiteSpace(raw[i])) i++;
            if (i >= raw.Length || raw[i] == '>') break;
            if (raw[i] == '/') { selfClosing = true; i++; continue; }
            var attrStart = i;
            while (i < raw.Length && !char.IsWhiteSpace(raw[i]) && raw[i] is not ('=' or '>' or '/')) i++;
            var attrName = raw[attrStart..i].ToLowerInvariant();
            if (attrName.Length == 0) { i++; continue; }
            while (i < raw.Length && char.IsWhiteSpace(raw[i])) i++;
            var value = "";
            if (i < raw.Length && raw[i] == '=')
            {
                i++;
                while (i < raw.Length && char.IsWhiteSpace(raw[i])) i++;
                value = ReadValue(raw, ref i);
            }
            attributes.TryAdd(attrName, WebUtility.HtmlDecode(value));
        }
        return new HtmlTag(name, selfClosing ? HtmlTagKind.SelfClosing : HtmlTagKind.Open, attributes, raw);
    }

    private static string ReadValue(string raw, ref int i)
    {
        if (i >= raw.Length) return "";
        var quote = raw[i];
        if (quote is '"' or '\'')
        {
            var end = raw.IndexOf(quote, i + 1);
            if (end < 0) end = raw.Length;
            var quoted = raw[(i + 1)..end];
            i = Math.Min(end + 1, raw.Length);
            return quoted;
        }
        var start = i;
        while (i < raw.Length && !char.IsWhiteSpace(raw[i]) && raw[i] != '>') i++;
        return raw[start..i];
    }
}
