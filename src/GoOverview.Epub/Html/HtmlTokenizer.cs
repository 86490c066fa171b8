using System.Collections.Immutable;
using System.Net;

namespace GoOverview.Epub.Html;

/// <summary>
/// A small, forgiving HTML tokenizer for the raw HTML fragments Markdown allows. It never throws: anything
/// that is not a well-formed tag is text. Comments, doctypes and processing instructions are skipped.
/// </summary>
internal static class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        var text = new System.Text.StringBuilder();
        var i = 0;

        void FlushText()
        {
            if (text.Length == 0) return;
            tokens.Add(new HtmlText(WebUtility.HtmlDecode(text.ToString())));
            text.Clear();
        }

        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<' || i + 1 >= html.Length)
            {
                text.Append(c);
                i++;
                continue;
            }
            var next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                FlushText();
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (next is '!' or '?')
            {
                FlushText();
                var end = html.IndexOf('>', i + 2);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            if (next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
            {
                var end = html.IndexOf('>', i + 2);
                if (end < 0)
                {
                    text.Append(html, i, html.Length - i);
                    break;
                }
                FlushText();
                var name = ReadName(html, i + 2, out _);
                tokens.Add(new HtmlEndTag(name));
                i = end + 1;
                continue;
            }
            if (char.IsAsciiLetter(next) && TryReadStartTag(html, i + 1, out var tag, out var after))
            {
                FlushText();
                tokens.Add(tag);
                i = after;
                if (RawTextElements.Contains(tag.Name) && !tag.SelfClosing)
                {
                    var close = html.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                    var contentEnd = close < 0 ? html.Length : close;
                    tokens.Add(new HtmlRawText(tag.Name, html[i..contentEnd]));
                    if (close < 0)
                    {
                        i = html.Length;
                    }
                    else
                    {
                        var gt = html.IndexOf('>', close);
                        i = gt < 0 ? html.Length : gt + 1;
                    }
                    tokens.Add(new HtmlEndTag(tag.Name));
                }
                continue;
            }
            text.Append(c);
            i++;
        }
        FlushText();
        return tokens;
    }

    private static string ReadName(string html, int start, out int end)
    {
        end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_')) end++;
        return html[start..end].ToLowerInvariant();
    }

    private static bool TryReadStartTag(string html, int start, out HtmlStartTag tag, out int after)
    {
        tag = null!;
        after = start;
        var name = ReadName(html, start, out var i);
        var attributes = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (true)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/';
                i++;
            }
            if (i >= html.Length) return false;
            if (html[i] == '>')
            {
                after = i + 1;
                tag = new HtmlStartTag(name, attributes.ToImmutable(), selfClosing);
                return true;
            }
            selfClosing = false;
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var attrName = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i >= html.Length) return false;
                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0) return false;
                    value = html[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }
            if (attrName.Length > 0 && !attributes.Any(a => a.Key == attrName))
                attributes.Add(new KeyValuePair<string, string>(attrName, WebUtility.HtmlDecode(value)));
        }
    }
}
