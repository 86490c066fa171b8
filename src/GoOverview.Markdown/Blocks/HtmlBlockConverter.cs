using System.Collections.Immutable;
using System.Net;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Css;
using GoOverview.Markdown.Html;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>
/// A block of raw HTML. When it holds only text, inline tags the reader knows, &lt;br&gt;/&lt;img&gt; and
/// &lt;p&gt;/&lt;div&gt;/&lt;center&gt; wrappers, it becomes paragraphs (a wrapper's style applies to its text).
/// Anything else (tables, scripts, iframes…) stays a RawBlock("html") with one warning.
/// </summary>
internal static class HtmlBlockConverter
{
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "p", "div", "center", "section", "article" };

    public static IEnumerable<Block> Convert(Md.HtmlBlock html, ConversionContext context)
    {
        var text = html.Lines.ToString();
        var tokens = HtmlTokenizer.Tokenize(text);
        if (html.Type == Md.HtmlBlockType.Comment || tokens.All(t => t.Tag is { Kind: HtmlTagKind.Other } || string.IsNullOrWhiteSpace(t.Text)))
            return [new RawBlock("html", text)]; // comments show nothing: nothing to warn about
        if (tokens.All(IsConvertible)) return ToParagraphs(tokens, html, context);
        context.Diagnostics.Report(new Diagnostic(Severity.Warning, "html-block",
            "block of raw HTML is kept verbatim; only the EPUB output can show it", context.At(html)));
        return [new RawBlock("html", text)];
    }

    private static bool IsConvertible(HtmlToken token) => token.Tag switch
    {
        null => true,
        { Kind: HtmlTagKind.Other } => true,
        var tag => Wrappers.Contains(tag.Name) || HtmlElements.IsContainer(tag.Name) || HtmlElements.IsKnownVoid(tag.Name),
    };

    private static List<Block> ToParagraphs(List<HtmlToken> tokens, Md.HtmlBlock html, ConversionContext context)
    {
        var blocks = new List<Block>();
        var pieces = new List<Inline>();
        var wrapperStyles = new Stack<TextStyle>();
        var paragraphLine = html.Line;
        foreach (var token in tokens)
        {
            var location = context.At(html.Line + token.LineOffset, 0);
            if (token.Tag is { } tag && Wrappers.Contains(tag.Name))
            {
                Flush();
                paragraphLine = html.Line + token.LineOffset;
                if (tag.Kind == HtmlTagKind.Open) wrapperStyles.Push(CssStyle.Parse(tag.Attribute("style"), wrapperStyles.Count > 0 ? wrapperStyles.Peek() : TextStyle.None));
                else if (tag.Kind == HtmlTagKind.Close && wrapperStyles.Count > 0) wrapperStyles.Pop();
                continue;
            }
            if (token.Tag is { Kind: HtmlTagKind.Other } other) pieces.Add(new RawInline("html", other.Raw));
            else if (token.Tag is { } inlineTag) pieces.Add(new HtmlTagMarker(inlineTag, location));
            else AddText(token.Text, pieces);
        }
        Flush();
        return blocks;

        void Flush()
        {
            var content = HtmlInlinePairing.Pair(Trim(pieces), context);
            pieces.Clear();
            if (content.IsEmpty) return;
            var style = wrapperStyles.Count > 0 ? wrapperStyles.Peek() : TextStyle.None;
            if (!style.IsEmpty) content = [new Span(Attr.Empty, style, content)];
            if (ParagraphConverter.FromInlines(content) is { } block)
                blocks.Add(block with { Location = context.At(paragraphLine, 0) });
        }
    }

    /// <summary>HTML text: entities decoded, runs of spaces collapse, line ends become soft breaks.</summary>
    private static void AddText(string raw, List<Inline> pieces)
    {
        var lines = WebUtility.HtmlDecode(raw).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) pieces.Add(new SoftBreak());
            var collapsed = string.Join(' ', lines[i].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length == 0) continue;
            if (lines[i].Length > 0 && lines[i][0] is ' ' or '\t' && i == 0) collapsed = " " + collapsed;
            if (lines[i].Length > 0 && lines[i][^1] is ' ' or '\t' && i == lines.Length - 1) collapsed += " ";
            pieces.Add(new Text(collapsed));
        }
    }

    /// <summary>Soft breaks and blanks at the start and end of a paragraph carry nothing.</summary>
    private static List<Inline> Trim(List<Inline> pieces)
    {
        bool Blank(Inline i) => i is SoftBreak || i is Text t && string.IsNullOrWhiteSpace(t.Value);
        var start = 0;
        var end = pieces.Count;
        while (start < end && Blank(pieces[start])) start++;
        while (end > start && Blank(pieces[end - 1])) end--;
        return pieces.GetRange(start, end - start);
    }
}
