using System.Text.RegularExpressions;
using GoOverview.Model;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Constructs;

/// <summary>
/// Lines that stand for a page break or for the table of contents: &lt;!-- pagebreak --&gt;, a div styled
/// page-break-before/after: always, \newpage, \pagebreak; [toc] (Typora), [[toc]], ${toc}. Checked before
/// the raw-HTML path, so such a block never reaches it.
/// </summary>
internal static partial class StandaloneMarkers
{
    public static Block? Match(Md.Block block)
    {
        var text = block switch
        {
            Md.HtmlBlock html => html.Lines.ToString().Trim(),
            Md.ParagraphBlock paragraph => LiteralText(paragraph),
            _ => "",
        };
        if (text.Length is 0 or > 200) return null;
        if (PageBreakPattern().IsMatch(text)) return new PageBreak();
        if (block is Md.ParagraphBlock && TocPattern().IsMatch(text)) return new TableOfContents();
        return null;
    }

    /// <summary>A paragraph's text when it is only literal text (Markdig has released its source lines by now).</summary>
    private static string LiteralText(Md.ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return "";
        var sb = new System.Text.StringBuilder();
        foreach (var inline in paragraph.Inline)
        {
            if (inline is not Markdig.Syntax.Inlines.LiteralInline literal || sb.Length > 200) return "";
            sb.Append(literal.Content.AsSpan());
        }
        return sb.ToString().Trim();
    }

    [GeneratedRegex("""^(?:<!--\s*page-?break\s*-->|\\newpage|\\pagebreak|<div\s+style\s*=\s*["']\s*page-break-(?:after|before)\s*:\s*always\s*;?\s*["']\s*>\s*</div>|<p\s+style\s*=\s*["']\s*page-break-(?:after|before)\s*:\s*always\s*;?\s*["']\s*>\s*</p>)$""", RegexOptions.IgnoreCase)]
    private static partial Regex PageBreakPattern();

    [GeneratedRegex("""^(?:\[toc\]|\[\[toc\]\]|\$\{toc\})$""", RegexOptions.IgnoreCase)]
    private static partial Regex TocPattern();
}
