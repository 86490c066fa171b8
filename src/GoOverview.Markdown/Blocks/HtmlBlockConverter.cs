using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>A block of raw HTML: kept as RawBlock("html") with one warning (only HTML-speaking writers can show it).</summary>
internal static class HtmlBlockConverter
{
    public static IEnumerable<Block> Convert(Md.HtmlBlock html, ConversionContext context)
    {
        var text = html.Lines.ToString();
        if (html.Type == Md.HtmlBlockType.Comment) return [new RawBlock("html", text)];
        context.Diagnostics.Report(new Diagnostic(Severity.Warning, "html-block",
            "block of raw HTML is kept verbatim; only the EPUB output can show it", context.At(html)));
        return [new RawBlock("html", text)];
    }
}
