using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using Markdig.Extensions.Footnotes;
using MdTable = Markdig.Extensions.Tables.Table;
using Markdig.Extensions.Yaml;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>Dispatches each Markdig block to its converter; flattens containers nested past the cap.</summary>
internal static class BlockConverter
{
    public static ImmutableArray<Block> ConvertChildren(Md.ContainerBlock container, ConversionContext context)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var child in container) AddConverted(child, blocks, context);
        return blocks.ToImmutable();
    }

    private static void AddConverted(Md.Block block, ImmutableArray<Block>.Builder output, ConversionContext context)
    {
        if (block is Md.ContainerBlock and not (MdTable or FootnoteGroup) && context.BlockDepth >= ConversionContext.MaxNesting)
        {
            context.WarnNestingFlattened(context.At(block));
            AddLeavesFlattened((Md.ContainerBlock)block, output, context);
            return;
        }
        var location = context.At(block);
        if (Constructs.StandaloneMarkers.Match(block) is { } marker)
        {
            Add(marker);
            return;
        }
        if (Constructs.ConstructConverter.TryConvert(block, output, location, context)) return;
        switch (block)
        {
            case YamlFrontMatterBlock or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock or FootnoteGroup:
                return; // metadata, reference definitions and footnotes are read elsewhere
            case Md.HeadingBlock heading:
                Add(HeadingConverter.Convert(heading, context));
                return;
            case Md.ParagraphBlock paragraph:
                if (ParagraphConverter.Convert(paragraph, context) is { } converted) Add(converted);
                return;
            case Md.ListBlock list:
                if (ListConverter.Convert(list, context) is { } convertedList) Add(convertedList);
                return;
            case Md.QuoteBlock quote:
                Add(new BlockQuote(Nested(quote, context)));
                return;
            case Markdig.Extensions.Mathematics.MathBlock math:
                Add(new Paragraph([Formulas.FormulaConverter.Convert(math.Lines.ToString(), true, math.Line + 1, 0, context)]));
                return;
            case Md.CodeBlock code:
                Add(CodeBlockConverter.Convert(code));
                return;
            case Md.ThematicBreakBlock:
                Add(new ThematicBreak());
                return;
            case Md.HtmlBlock html:
                foreach (var htmlPart in HtmlBlockConverter.Convert(html, context)) Add(htmlPart);
                return;
            case MdTable table:
                Add(TableConverter.Convert(table, context));
                return;
            case Md.ContainerBlock other:
                Add(new Div(Attr.Empty, Nested(other, context)));
                return;
            case Md.LeafBlock leaf:
                var inlines = Inlines.InlineConverter.Convert(leaf.Inline, context);
                if (inlines.IsEmpty && leaf.Lines.Count > 0) inlines = [new Text(leaf.Lines.ToString())];
                if (!inlines.IsEmpty) Add(new Paragraph(inlines));
                return;
        }

        void Add(Block converted) => output.Add(converted with { Location = converted.Location ?? location });
    }

    /// <summary>Converts the children of a container one level deeper.</summary>
    public static ImmutableArray<Block> Nested(Md.ContainerBlock container, ConversionContext context)
    {
        context.BlockDepth++;
        try
        {
            return ConvertChildren(container, context);
        }
        finally
        {
            context.BlockDepth--;
        }
    }

    /// <summary>Past the nesting cap: the leaf blocks below become siblings (iteratively, so depth costs no stack).</summary>
    private static void AddLeavesFlattened(Md.ContainerBlock root, ImmutableArray<Block>.Builder output, ConversionContext context)
    {
        var stack = new Stack<Md.Block>();
        PushChildren(root, stack);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is Md.ContainerBlock container and not (MdTable or FootnoteGroup)) PushChildren(container, stack);
            else AddConverted(current, output, context);
        }
    }

    private static void PushChildren(Md.ContainerBlock container, Stack<Md.Block> stack)
    {
        for (var i = container.Count - 1; i >= 0; i--) stack.Push(container[i]);
    }
}
