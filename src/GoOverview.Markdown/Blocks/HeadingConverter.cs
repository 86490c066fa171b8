using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Inlines;
using GoOverview.Model;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary># Heading {#custom-id} → Heading with a unique id (generated from the text when none is given).</summary>
internal static partial class HeadingConverter
{
    public static Heading Convert(Md.HeadingBlock heading, ConversionContext context)
    {
        var content = InlineConverter.Convert(heading.Inline, context);
        var (withoutId, customId) = TakeCustomId(content);
        var id = customId is null ? context.HeadingIds.Next(PlainText.Of(withoutId)) : context.HeadingIds.Reserve(customId);
        return new Heading(Math.Clamp(heading.Level, 1, 6), withoutId, Attr.WithId(id));
    }

    /// <summary>A trailing "{#id}" in the heading's last text run (pandoc/kramdown style).</summary>
    private static (ImmutableArray<Inline> Content, string? Id) TakeCustomId(ImmutableArray<Inline> content)
    {
        if (content.IsEmpty || content[^1] is not Text last) return (content, null);
        var match = CustomIdPattern().Match(last.Value);
        if (!match.Success) return (content, null);
        var rest = last.Value[..match.Index].TrimEnd();
        var trimmed = rest.Length == 0 ? content.RemoveAt(content.Length - 1) : content.SetItem(content.Length - 1, new Text(rest));
        return (trimmed, match.Groups[1].Value);
    }

    [GeneratedRegex(@"\s*\{#([\p{L}_][\p{L}\p{N}\-_.:]*)\}\s*$")]
    private static partial Regex CustomIdPattern();
}
