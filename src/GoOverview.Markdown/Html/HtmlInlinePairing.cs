using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Html;

/// <summary>
/// Markdig gives every HTML tag as its own token. This pairs open and close tags among the siblings of one inline
/// list (a small stack) and builds the model nodes: an unclosed tag runs to the end of the list, a stray close tag
/// is dropped, misnested tags are closed implicitly — each with a warning, never an exception.
/// </summary>
internal static class HtmlInlinePairing
{
    private sealed class Frame(HtmlTag tag, SourceLocation location)
    {
        public HtmlTag Tag { get; } = tag;
        public SourceLocation Location { get; } = location;
        public ImmutableArray<Inline>.Builder Content { get; } = ImmutableArray.CreateBuilder<Inline>();
    }

    public static ImmutableArray<Inline> Pair(IReadOnlyList<Inline> inlines, ConversionContext context)
    {
        if (!inlines.Any(i => i is HtmlTagMarker)) return inlines.ToImmutableArray();
        var root = ImmutableArray.CreateBuilder<Inline>();
        var open = new List<Frame>();
        ImmutableArray<Inline>.Builder Top() => open.Count > 0 ? open[^1].Content : root;

        foreach (var inline in inlines)
        {
            if (inline is not HtmlTagMarker(var tag, var location))
            {
                Top().Add(inline);
                continue;
            }
            switch (tag.Kind)
            {
                case HtmlTagKind.Other:
                    break; // comments and declarations show nothing
                case HtmlTagKind.Open when HtmlElements.IsContainer(tag.Name) && !tag.IsVoid:
                    if (open.Count + context.InlineDepth >= ConversionContext.MaxNesting)
                        context.WarnNestingFlattened(location); // drop the tag, keep its content here
                    else
                        open.Add(new Frame(tag, location));
                    break;
                case HtmlTagKind.Open or HtmlTagKind.SelfClosing:
                    Top().AddRange(HtmlElements.IsKnownVoid(tag.Name)
                        ? HtmlElements.Void(tag, location, context)
                        : HtmlElements.Unknown(tag, location, context));
                    break;
                case HtmlTagKind.Close:
                    Close(tag, location, open, root, context);
                    break;
            }
        }
        while (open.Count > 0)
        {
            var frame = open[^1];
            context.Diagnostics.Warning("html-unclosed-tag",
                $"<{frame.Tag.Name}> is not closed; it is applied up to the end of the paragraph", frame.Location);
            CloseTop(open, root, context);
        }
        return root.ToImmutable();
    }

    private static void Close(HtmlTag tag, SourceLocation location, List<Frame> open, ImmutableArray<Inline>.Builder root, ConversionContext context)
    {
        if (!HtmlElements.IsContainer(tag.Name))
        {
            if (HtmlElements.IsKnownVoid(tag.Name)) return; // "</br>" and the like: nothing to close
            (open.Count > 0 ? open[^1].Content : root).AddRange(HtmlElements.Unknown(tag, location, context));
            return;
        }
        var index = open.FindLastIndex(f => f.Tag.Name == tag.Name);
        if (index < 0)
        {
            context.Diagnostics.Warning("html-stray-close-tag", $"</{tag.Name}> closes nothing; it is ignored", location);
            return;
        }
        while (open.Count - 1 > index)
        {
            context.Diagnostics.Warning("html-misnested-tag",
                $"<{open[^1].Tag.Name}> is still open at </{tag.Name}>; it is closed there", open[^1].Location);
            CloseTop(open, root, context);
        }
        CloseTop(open, root, context);
    }

    private static void CloseTop(List<Frame> open, ImmutableArray<Inline>.Builder root, ConversionContext context)
    {
        var frame = open[^1];
        open.RemoveAt(open.Count - 1);
        var built = HtmlElements.Container(frame.Tag, frame.Content.ToImmutable(), frame.Location, context);
        (open.Count > 0 ? open[^1].Content : root).AddRange(built);
    }
}
