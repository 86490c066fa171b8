using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Inlines;
using GoOverview.Model;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>A paragraph; one that holds only an image is a Figure; one left empty (dropped links) disappears.</summary>
internal static class ParagraphConverter
{
    public static Block? Convert(Md.ParagraphBlock paragraph, ConversionContext context)
    {
        return FromInlines(InlineConverter.Convert(paragraph.Inline, context));
    }

    public static Block? FromInlines(ImmutableArray<Inline> content)
    {
        if (content.IsEmpty) return null;
        return SoleImage(content) is { } image
            ? new Figure(image, image.Alt.Length > 0 ? [new Text(image.Alt)] : [], Attr.Empty)
            : new Paragraph(content);
    }

    private static Image? SoleImage(ImmutableArray<Inline> content)
    {
        Image? image = null;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case Text t when string.IsNullOrWhiteSpace(t.Value):
                case SoftBreak:
                    continue;
                case Image i when image is null:
                    image = i;
                    continue;
                default:
                    return null;
            }
        }
        return image;
    }
}
