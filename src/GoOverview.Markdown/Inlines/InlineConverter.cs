using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Html;
using GoOverview.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using MdInline = Markdig.Syntax.Inlines;

namespace GoOverview.Markdown.Inlines;

/// <summary>Markdig inlines → model inlines, one list at a time; HTML tags in the list are paired at the end.</summary>
internal static class InlineConverter
{
    public static ImmutableArray<Inline> Convert(MdInline.ContainerInline? container, ConversionContext context)
    {
        if (container is null) return [];
        var pieces = new List<Inline>();
        foreach (var child in container) AddConverted(child, pieces, context);
        return Constructs.ImageAttributeLists.Strip(HtmlInlinePairing.Pair(pieces, context));
    }

    private static void AddConverted(MdInline.Inline inline, List<Inline> output, ConversionContext context)
    {
        switch (inline)
        {
            case MdInline.LiteralInline literal:
                output.Add(new Text(literal.Content.ToString()));
                break;
            case MdInline.CodeInline code:
                output.Add(new Code(code.Content));
                break;
            case Formulas.FormulaInline formula:
                output.Add(Formulas.FormulaConverter.Convert(formula.Tex, formula.Display, formula.Line, formula.Column + (formula.Display ? 2 : 1), context));
                break;
            case MdInline.LineBreakInline lineBreak:
                output.Add(lineBreak.IsHard ? new LineBreak() : new SoftBreak());
                break;
            case MdInline.HtmlEntityInline entity:
                output.Add(new Text(entity.Transcoded.ToString()));
                break;
            case MdInline.HtmlInline html:
                output.Add(new HtmlTagMarker(HtmlTag.Parse(html.Tag), context.At(html)));
                break;
            case MdInline.AutolinkInline autolink:
                output.AddRange(Transforms.EmptyLinks.Resolve([new Text(autolink.Url)], autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, "", context.At(autolink), context));
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                output.Add(new FootnoteRef(Blocks.FootnoteConverter.Label(footnote.Footnote), footnote.Footnote.Order));
                break;
            case FootnoteLink or TaskList:
                break; // back links are a rendering detail; task boxes are read by the list converter
            case MdInline.EmphasisInline or MdInline.LinkInline when context.InlineDepth >= ConversionContext.MaxNesting:
                context.WarnNestingFlattened(context.At(inline));
                DeepFlattener.AddLeaves((MdInline.ContainerInline)inline, output, context);
                break;
            case MdInline.EmphasisInline emphasis:
                output.AddRange(EmphasisConverter.Convert(emphasis, Nested(emphasis, context), context));
                break;
            case MdInline.LinkInline link:
                output.AddRange(LinkConverter.Convert(link, Nested(link, context), context));
                break;
            case MdInline.DelimiterInline delimiter:
                // an unmatched delimiter Markdig left in the tree: its text, then its children
                output.Add(new Text(delimiter.ToLiteral()));
                foreach (var child in delimiter) AddConverted(child, output, context);
                break;
            case MdInline.ContainerInline other:
                foreach (var child in other) AddConverted(child, output, context);
                break;
            default:
                var text = inline.ToString();
                if (!string.IsNullOrEmpty(text)) output.Add(new Text(text));
                break;
        }
    }

    private static ImmutableArray<Inline> Nested(MdInline.ContainerInline container, ConversionContext context)
    {
        context.InlineDepth++;
        try
        {
            return Convert(container, context);
        }
        finally
        {
            context.InlineDepth--;
        }
    }

    /// <summary>Past the nesting cap: every leaf below becomes a sibling (iteratively, so depth costs no stack).</summary>
    private static class DeepFlattener
    {
        public static void AddLeaves(MdInline.ContainerInline root, List<Inline> output, ConversionContext context)
        {
            var stack = new Stack<MdInline.Inline>();
            PushChildren(root, stack);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current is MdInline.EmphasisInline or MdInline.LinkInline { IsImage: false } or MdInline.DelimiterInline)
                {
                    if (current is MdInline.DelimiterInline d) output.Add(new Text(d.ToLiteral()));
                    PushChildren((MdInline.ContainerInline)current, stack);
                }
                else
                {
                    AddConverted(current, output, context);
                }
            }
        }

        private static void PushChildren(MdInline.ContainerInline container, Stack<MdInline.Inline> stack)
        {
            var children = container.ToList();
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }
}
