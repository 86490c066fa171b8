using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Html;
using GoOverview.Model;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>
/// A block of raw HTML, parsed once by the HTML5 parser into model blocks (<see cref="HtmlBlockBuilder"/>); no writer
/// ever sees HTML. A comment block stays a silent RawBlock("html") (it may mark something, e.g. a page break).
/// </summary>
internal static class HtmlBlockConverter
{
    public static IEnumerable<Block> Convert(Md.HtmlBlock html, ConversionContext context)
    {
        var text = html.Lines.ToString();
        if (html.Type == Md.HtmlBlockType.Comment) return [new RawBlock("html", text)];
        return new HtmlBlockBuilder(context, html.Line).Convert(context.Html.Parse(text));
    }
}
