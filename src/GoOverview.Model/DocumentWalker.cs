using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>Read-only traversal helpers over the model (depth-first, document order).</summary>
public static class DocumentWalker
{
    /// <summary>Every block, including nested ones and footnote bodies (footnotes last).</summary>
    public static IEnumerable<Block> AllBlocks(Document document)
    {
        foreach (var block in document.Blocks)
            foreach (var b in Descendants(block)) yield return b;
        foreach (var note in document.Footnotes)
            foreach (var b in Descendants(note)) yield return b;
    }

    public static IEnumerable<Block> Descendants(Block block)
    {
        var stack = new Stack<Block>();
        stack.Push(block);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            var children = ChildBlocks(current);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    public static IReadOnlyList<Block> ChildBlocks(Block block) => block switch
    {
        BulletList l => l.Items.SelectMany(i => i.Blocks).ToList(),
        OrderedList l => l.Items.SelectMany(i => i.Blocks).ToList(),
        BlockQuote q => q.Blocks,
        Div d => d.Blocks,
        FootnoteDefinition f => f.Blocks,
        Callout c => c.Blocks,
        TabSet t => t.Tabs.SelectMany(tab => tab.Blocks).ToList(),
        DefinitionList d => d.Items.SelectMany(i => i.Definitions).SelectMany(blocks => blocks).ToList(),
        _ => Array.Empty<Block>(),
    };

    /// <summary>The inline sequences a block holds directly (not those of nested blocks).</summary>
    public static IEnumerable<ImmutableArray<Inline>> OwnInlines(Block block)
    {
        switch (block)
        {
            case Heading h: yield return h.Content; break;
            case Paragraph p: yield return p.Content; break;
            case Figure f: yield return f.Caption; break;
            case Callout c: yield return CalloutStyles.Heading(c); break;
            case TabSet t:
                foreach (var tab in t.Tabs) yield return tab.Label;
                break;
            case DefinitionList d:
                foreach (var term in d.Items.SelectMany(i => i.Terms)) yield return term;
                break;
            case Table t:
                foreach (var cell in t.Header.Cells) yield return cell.Content;
                foreach (var row in t.Rows)
                    foreach (var cell in row.Cells) yield return cell.Content;
                break;
        }
    }

    /// <summary>Every inline in the document, nested ones included, in document order.</summary>
    public static IEnumerable<Inline> AllInlines(Document document) =>
        AllBlocks(document).SelectMany(OwnInlines).SelectMany(inlines => Flatten(inlines));

    public static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = ChildInlines(inline);
            if (children.IsDefaultOrEmpty) continue;
            foreach (var child in Flatten(children)) yield return child;
        }
    }

    public static ImmutableArray<Inline> ChildInlines(Inline inline) => inline switch
    {
        Strong s => s.Content,
        Emphasis e => e.Content,
        Strikethrough s => s.Content,
        Underline u => u.Content,
        Superscript s => s.Content,
        Subscript s => s.Content,
        Link l => l.Content,
        Span s => s.Content,
        Ruby r => r.Content,
        _ => ImmutableArray<Inline>.Empty,
    };
}
