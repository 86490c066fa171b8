namespace GoOverview.Markdown.Html;

/// <summary>A run of text or one tag inside a block of raw HTML, with its 0-based line offset in the block.</summary>
internal sealed record HtmlToken(string Text, HtmlTag? Tag, int LineOffset);

/// <summary>Splits a block of raw HTML into text runs and tags (comments are single tags). Never throws.</summary>
internal static class HtmlTokenizer
{
    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        var line = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i) Add(html[i..textEnd], null);
            if (lt < 0) break;
            var end = TagEnd(html, lt);
            if (end < 0)
            {
                Add(html[lt..], null); // an unterminated '<' is text
                break;
            }
            var raw = html[lt..end];
            Add(raw, HtmlTag.Parse(raw));
            i = end;
        }
        return tokens;

        void Add(string text, HtmlTag? tag)
        {
            tokens.Add(new HtmlToken(text, tag, line));
            foreach (var c in text)
                if (c == '\n') line++;
        }
    }

    private static int IndexAfter(string s, string marker, int from)
    {
        var at = s.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? -1 : at + marker.Length;
    }

    /// <summary>End (exclusive) of the tag starting at '&lt;', honouring quoted attribute values; -1 if none.</summary>
    private static int TagEnd(string s, int start)
    {
        if (start + 4 <= s.Length && s.AsSpan(start, 4).SequenceEqual("<!--")) return IndexAfter(s, "-->", start + 4);
        char? quote = null;
        for (var i = start + 1; i < s.Length; i++)
        {
            var c = s[i];
            if (quote is { } q) { if (c == q) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
            else if (c == '<') return -1;
        }
        return -1;
    }
}
