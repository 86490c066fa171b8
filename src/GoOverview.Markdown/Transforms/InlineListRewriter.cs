using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Markdown.Transforms;

/// <summary>
/// Applies a list-level rewrite to every inline list of the document, innermost lists first. Recursion is bounded:
/// the converter caps block and inline nesting at <see cref="Conversion.ConversionContext.MaxNesting"/>.
/// With blockListsOnly the rewrite sees only the lists blocks hold (and walks nested inlines itself).
/// </summary>
internal sealed class InlineListRewriter(Func<ImmutableArray<Inline>, ImmutableArray<Inline>> rewrite, bool blockListsOnly = false)
{
    public ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks)
    {
        var builder = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks) builder.Add(Block(block));
        return builder.MoveToImmutable();
    }

    public ImmutableArray<FootnoteDefinition> Footnotes(ImmutableArray<FootnoteDefinition> notes) =>
        notes.Select(n => n with { Blocks = Blocks(n.Blocks) }).ToImmutableArray();

    private Block Block(Block block) => block switch
    {
        Heading h => h with { Content = Inlines(h.Content) },
        Paragraph p => p with { Content = Inlines(p.Content) },
        BulletList l => l with { Items = Items(l.Items) },
        OrderedList l => l with { Items = Items(l.Items) },
        BlockQuote q => q with { Blocks = Blocks(q.Blocks) },
        Div d => d with { Blocks = Blocks(d.Blocks) },
        FootnoteDefinition f => f with { Blocks = Blocks(f.Blocks) },
        Figure f => f with { Caption = Inlines(f.Caption) },
        Table t => t with { Header = Row(t.Header), Rows = t.Rows.Select(Row).ToImmutableArray() },
        Callout c => c with { Title = Inlines(c.Title), Blocks = Blocks(c.Blocks) },
        TabSet t => t with { Tabs = t.Tabs.Select(tab => new Tab(Inlines(tab.Label), Blocks(tab.Blocks))).ToImmutableArray() },
        DefinitionList d => d with { Items = d.Items.Select(Item).ToImmutableArray() },
        _ => block,
    };

    private DefinitionItem Item(DefinitionItem item) =>
        new(item.Terms.Select(Inlines).ToImmutableArray(), item.Definitions.Select(Blocks).ToImmutableArray());

    private ImmutableArray<ListItem> Items(ImmutableArray<ListItem> items) =>
        items.Select(i => i with { Blocks = Blocks(i.Blocks) }).ToImmutableArray();

    private TableRow Row(TableRow row) => new(row.Cells.Select(c => c with { Content = Inlines(c.Content) }).ToImmutableArray());

    public ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines)
    {
        if (blockListsOnly) return rewrite(inlines);
        var builder = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines) builder.Add(Inline(inline));
        return rewrite(builder.MoveToImmutable());
    }

    private Inline Inline(Inline inline) => inline switch
    {
        Strong s => s with { Content = Inlines(s.Content) },
        Emphasis e => e with { Content = Inlines(e.Content) },
        Strikethrough s => s with { Content = Inlines(s.Content) },
        Underline u => u with { Content = Inlines(u.Content) },
        Superscript s => s with { Content = Inlines(s.Content) },
        Subscript s => s with { Content = Inlines(s.Content) },
        Link l => l with { Content = Inlines(l.Content) },
        Span s => s with { Content = Inlines(s.Content) },
        Ruby r => r with { Content = Inlines(r.Content) },
        _ => inline,
    };
}
