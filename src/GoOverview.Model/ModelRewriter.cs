using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>
/// Rebuilds a document node by node. Subclasses override <see cref="RewriteBlock"/> / <see cref="RewriteInline"/> for
/// the nodes they change and call the base method to keep descending. The model is a closed set: a new node type that
/// holds blocks or inlines is added here once.
/// </summary>
public abstract class ModelRewriter
{
    public Document Rewrite(Document document) => document with
    {
        Blocks = Blocks(document.Blocks),
        Footnotes = Footnotes(document.Footnotes),
    };

    public virtual Block RewriteBlock(Block block) => block switch
    {
        Heading h => h with { Content = Inlines(h.Content) },
        Paragraph p => p with { Content = Inlines(p.Content) },
        BulletList l => l with { Items = Items(l.Items) },
        OrderedList l => l with { Items = Items(l.Items) },
        BlockQuote q => q with { Blocks = Blocks(q.Blocks) },
        Table t => t with { Header = Row(t.Header), Rows = t.Rows.Select(Row).ToImmutableArray() },
        Figure f => f with { Image = RewriteInline(f.Image) as Image ?? f.Image, Caption = Inlines(f.Caption) },
        Div d => d with { Blocks = Blocks(d.Blocks) },
        FootnoteDefinition f => f with { Blocks = Blocks(f.Blocks) },
        Callout c => c with { Title = Inlines(c.Title), Blocks = Blocks(c.Blocks) },
        TabSet t => t with { Tabs = t.Tabs.Select(tab => tab with { Label = Inlines(tab.Label), Blocks = Blocks(tab.Blocks) }).ToImmutableArray() },
        DefinitionList d => d with { Items = d.Items.Select(DefinitionItem).ToImmutableArray() },
        _ => block,
    };

    public virtual Inline RewriteInline(Inline inline) => inline switch
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

    public ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks) => blocks.Select(RewriteBlock).ToImmutableArray();

    public ImmutableArray<FootnoteDefinition> Footnotes(ImmutableArray<FootnoteDefinition> notes) =>
        notes.Select(n => (FootnoteDefinition)RewriteBlock(n)).ToImmutableArray();

    /// <summary>Every inline list of the document passes here (a subclass may rewrite whole lists).</summary>
    public virtual ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) => inlines.Select(RewriteInline).ToImmutableArray();

    private ImmutableArray<ListItem> Items(ImmutableArray<ListItem> items) =>
        items.Select(i => i with { Blocks = Blocks(i.Blocks) }).ToImmutableArray();

    private DefinitionItem DefinitionItem(DefinitionItem item) => item with
    {
        Terms = item.Terms.Select(Inlines).ToImmutableArray(),
        Definitions = item.Definitions.Select(Blocks).ToImmutableArray(),
    };

    private TableRow Row(TableRow row) => row with { Cells = row.Cells.Select(c => c with { Content = Inlines(c.Content) }).ToImmutableArray() };
}
