using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Inlines;
using GoOverview.Model;
using Markdig.Renderers.Html;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary># Heading {#custom-id .class} → Heading with a unique id.</summary>
internal static class HeadingConverter
{
    public static Heading Convert(Md.HeadingBlock heading, ConversionContext context)
    {
        var content = InlineConverter.Convert(heading.Inline, context);
        var attributes = heading.TryGetAttributes();
        var customId = attributes?.Id;
        var id = string.IsNullOrWhiteSpace(customId)
            ? context.HeadingIds.Next(PlainText.Of(content))
            : context.HeadingIds.Reserve(customId.Trim());
        var classes = attributes?.Classes?.ToImmutableArray() ?? ImmutableArray<string>.Empty;
        return new Heading(Math.Clamp(heading.Level, 1, 6), content, Attr.WithId(id) with { Classes = classes });
    }
}
