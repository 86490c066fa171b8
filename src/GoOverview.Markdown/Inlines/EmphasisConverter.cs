using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Html;
using GoOverview.Markdown.Transforms;
using GoOverview.Model;
using MdInline = Markdig.Syntax.Inlines;

namespace GoOverview.Markdown.Inlines;

/// <summary>*em*, **strong**, ~~strike~~ (and the other emphasis-extra delimiters should they be enabled).</summary>
internal static class EmphasisConverter
{
    public static ImmutableArray<Inline> Convert(MdInline.EmphasisInline emphasis, ImmutableArray<Inline> content, ConversionContext context) =>
        (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', >= 2) => [KeyTermRecognizer.Recognize(new Strong(content))],
            ('*' or '_', _) => [new Emphasis(content)],
            ('~', >= 2) => [new Strikethrough(content)],
            ('~', _) => [new Subscript(content)],
            ('^', _) => [new Superscript(content)],
            ('+', _) => [new Underline(content)],
            ('=', _) => [new Span(Attr.WithClasses("mark"), new TextStyle(Background: HtmlElements.MarkBackground), content)],
            _ => content,
        };
}
