using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Structure;

/// <summary>
/// Visits blocks in the order the renderer writes them and reports element ids (model ids), headings and footnote references. The planner uses it to know, before rendering, which file each
/// link target lands in.
/// </summary>
internal sealed class BlockScanner(Action<string> onId, Action<Heading> onHeading, Action<FootnoteRef> onFootnoteRef)
{
    public void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) Block(block);
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case Heading h:
                onHeading(h);
                Id(h.Attr.Id);
                Inlines(h.Content);
                break;
            case Paragraph p: Inlines(p.Content); break;
            case BulletList l: Items(l.Items); break;
            case OrderedList l: Items(l.Items); break;
            case BlockQuote q: Blocks(q.Blocks); break;
            case CodeBlock c: Id(c.Attr.Id); break;
            case Table t:
                Id(t.Attr.Id);
                foreach (var cell in t.Header.Cells) Inlines(cell.Content);
                foreach (var row in t.Rows)
                    foreach (var cell in row.Cells) Inlines(cell.Content);
                break;
            case Figure f:
                Id(f.Attr.Id);
                Inlines(f.Caption);
                break;
            case Div d:
                Id(d.Attr.Id);
                Blocks(d.Blocks);
                break;
            case Callout or TabSet or DefinitionList:
                foreach (var shown in DocumentWalker.OwnInlines(block)) Inlines(shown);
                Blocks(DocumentWalker.ChildBlocks(block));
                break;
        }
    }

    private void Items(ImmutableArray<ListItem> items)
    {
        foreach (var item in items) Blocks(item.Blocks);
    }

    public void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Span s: Id(s.Attr.Id); break;
                case Code c: Id(c.Attr.Id); break;
                case FootnoteRef f: onFootnoteRef(f); break;
            }
            var children = DocumentWalker.ChildInlines(inline);
            if (!children.IsDefaultOrEmpty) Inlines(children);
        }
    }

    private void Id(string id)
    {
        var normalized = IdText.Normalize(id);
        if (normalized.Length > 0) onId(normalized);
    }
}
