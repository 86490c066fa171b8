using System.Collections.Immutable;
using GoOverview.Markdown.Blocks;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using MdDefinitions = Markdig.Extensions.DefinitionLists;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Constructs;

/// <summary>
/// GitHub alerts, MkDocs admonitions and content tabs, ::: containers and definition lists → the model's
/// Callout, TabSet, Div and DefinitionList. Returns false for any other block.
/// </summary>
internal static class ConstructConverter
{
    public static bool TryConvert(Md.Block block, ImmutableArray<Block>.Builder output, SourceLocation location, ConversionContext context)
    {
        var before = output.Count;
        var converted = Convert(block, output, context);
        for (var i = before; i < output.Count; i++) output[i] = output[i] with { Location = output[i].Location ?? location };
        return converted;
    }

    private static bool Convert(Md.Block block, ImmutableArray<Block>.Builder output, ConversionContext context)
    {
        switch (block)
        {
            case MdDefinitions.DefinitionTerm:
                return true; // read with its item
            case Md.FencedCodeBlock fence when DiagramFences.IsDiagram(fence):
                output.Add(DiagramFences.Convert(fence, context));
                return true;
            case AlertBlock alert:
                var kind = Enum.TryParse<CalloutKind>(alert.Kind.ToString(), ignoreCase: true, out var k) ? k : CalloutKind.Note;
                output.Add(new Callout(kind, [], BlockConverter.Nested(alert, context)));
                return true;
            case AdmonitionBlock admonition:
                output.Add(new Callout(CalloutStyles.KindOf(admonition.Type) ?? CalloutKind.Note, TitleOf(admonition.Title),
                    BlockConverter.Nested(admonition, context), admonition.Collapsible));
                return true;
            case ContentTabBlock tab:
                AddTab(tab, output, context);
                return true;
            case CustomContainer container:
                output.Add(Container(container, context));
                return true;
            case MdDefinitions.DefinitionList list:
                output.Add(Definitions(list, context));
                return true;
            default:
                return false;
        }
    }

    private static ImmutableArray<Inline> TitleOf(string? title) =>
        string.IsNullOrWhiteSpace(title) ? [] : [new Text(title.Trim())];

    /// <summary>Consecutive tabs form one set (a tab opened with ===! starts a new one).</summary>
    private static void AddTab(ContentTabBlock tab, ImmutableArray<Block>.Builder output, ConversionContext context)
    {
        var converted = new Tab(TitleOf(tab.Label), BlockConverter.Nested(tab, context));
        var index = tab.Parent?.IndexOf(tab) ?? -1;
        var followsTab = index > 0 && tab.Parent![index - 1] is ContentTabBlock;
        if (followsTab && !tab.StartsNewSet && output.Count > 0 && output[^1] is TabSet set)
        {
            output[^1] = set with { Tabs = set.Tabs.Add(converted) };
            return;
        }
        output.Add(new TabSet([converted]));
    }

    /// <summary>"::: warning 标题" is a callout when the name is a callout kind, else a Div with that class.</summary>
    private static Block Container(CustomContainer container, ConversionContext context)
    {
        var name = container.Info?.Trim() ?? "";
        var blocks = BlockConverter.Nested(container, context);
        var title = TitleOf(container.Arguments);
        // pandoc's speaker notes: shown in no handout, added to the notes of the slide before them
        if (name.Equals("notes", StringComparison.OrdinalIgnoreCase))
            return new SpeakerNotes(string.Join("\n", blocks.Select(PlainText.Of).Where(t => t.Trim().Length > 0)));
        if (CalloutStyles.KindOf(name) is { } kind)
            return new Callout(kind, title, blocks, Collapsible: name.Equals("details", StringComparison.OrdinalIgnoreCase));
        if (!title.IsEmpty) blocks = blocks.Insert(0, new Paragraph([new Strong(title)]));
        return new Div(name.Length > 0 ? Attr.WithClasses(name) : Attr.Empty, blocks);
    }

    /// <summary>Markdig puts each ": definition" in an item of its own; one without terms adds to the item before.</summary>
    private static DefinitionList Definitions(MdDefinitions.DefinitionList list, ConversionContext context)
    {
        var items = new List<DefinitionItem>();
        context.BlockDepth++;
        try
        {
            foreach (var child in list)
            {
                if (child is not MdDefinitions.DefinitionItem item) continue;
                var terms = item.OfType<MdDefinitions.DefinitionTerm>()
                    .Select(term => Inlines.InlineConverter.Convert(term.Inline, context)).ToImmutableArray();
                var blocks = BlockConverter.Nested(item, context); // the terms convert to nothing (TryConvert)
                if (terms.IsEmpty && items.Count > 0) items[^1] = items[^1] with { Definitions = items[^1].Definitions.Add(blocks) };
                else items.Add(new DefinitionItem(terms, [blocks]));
            }
        }
        finally
        {
            context.BlockDepth--;
        }
        return new DefinitionList(items.ToImmutableArray());
    }
}
