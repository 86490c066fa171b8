using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Transforms;
using GoOverview.Model;
using MdInline = Markdig.Syntax.Inlines;

namespace GoOverview.Markdown.Inlines;

/// <summary>[text](url "title") and ![alt](src "title").</summary>
internal static class LinkConverter
{
    public static ImmutableArray<Inline> Convert(MdInline.LinkInline link, ImmutableArray<Inline> content, ConversionContext context)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        var title = link.Title ?? "";
        if (link.IsImage) return [new Image(PlainText.Of(content), url, title)];
        return EmptyLinks.Resolve(content, url, title, context.At(link), context);
    }
}
