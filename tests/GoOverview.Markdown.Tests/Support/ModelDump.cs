using System.Text;
using GoOverview.Model;

namespace GoOverview.Markdown.Tests.Support;

/// <summary>
/// Compact one-line dump of the model for spec tests, e.g.
/// <c>Para[Text "a", Span.key-term{color=#FF0000,bold}[Text "x"]]</c>.
/// </summary>
internal static class ModelDump
{
    public static string Blocks(IEnumerable<Block> blocks) => string.Join(", ", blocks.Select(Block));

    public static string Inlines(IEnumerable<Inline> inlines) => string.Join(", ", inlines.Select(Inline));

    public static string Block(Block block) => block switch
    {
        Heading h => $"H{h.Level}#{h.Attr.Id}[{Inlines(h.Content)}]",
        Paragraph p => $"Para[{Inlines(p.Content)}]",
        BulletList l => $"Bullet{(l.Tight ? "" : ".loose")}[{string.Join(", ", l.Items.Select(Item))}]",
        OrderedList l => $"Ordered({l.Start}){(l.Tight ? "" : ".loose")}[{string.Join(", ", l.Items.Select(Item))}]",
        BlockQuote q => $"Quote[{Blocks(q.Blocks)}]",
        CodeBlock c => $"CodeBlock({c.Language}) {Quote(c.Text)}",
        Table t => $"Table({string.Join(",", t.Alignments.Select(a => a.ToString()[0]))})[{Row(t.Header)}; {string.Join("; ", t.Rows.Select(Row))}]",
        Figure f => $"Figure({Inline(f.Image)})[{Inlines(f.Caption)}]",
        ThematicBreak => "HR",
        Div d => $"Div{AttrText(d.Attr)}[{Blocks(d.Blocks)}]",
        RawBlock r => $"RawBlock({r.Format}) {Quote(r.Text)}",
        FootnoteDefinition n => $"Footnote {n.Number}({n.Label})[{Blocks(n.Blocks)}]",
        Callout c => $"Callout({c.Kind}{(c.Collapsible ? ",collapsible" : "")} \"{Inlines(c.Title)}\")[{Blocks(c.Blocks)}]",
        TabSet t => $"Tabs[{string.Join("; ", t.Tabs.Select(tab => $"{Inlines(tab.Label)}: {Blocks(tab.Blocks)}"))}]",
        DefinitionList d => $"Dl[{string.Join("; ", d.Items.Select(i => $"{string.Join(" / ", i.Terms.Select(t => Inlines(t)))}: {string.Join(" | ", i.Definitions.Select(d => Blocks(d)))}"))}]",
        _ => block.GetType().Name,
    };

    private static string Item(ListItem item) =>
        (item.Task switch { TaskState.Checked => "[x]", TaskState.Unchecked => "[ ]", _ => "" }) + $"Item[{Blocks(item.Blocks)}]";

    private static string Row(TableRow row) => string.Join(" | ", row.Cells.Select(Cell));

    private static string Cell(TableCell cell) =>
        cell.Covered ? "~" : (cell.ColSpan > 1 || cell.RowSpan > 1 ? $"{{{cell.ColSpan}x{cell.RowSpan}}}" : "") + Inlines(cell.Content);

    public static string Inline(Inline inline) => inline switch
    {
        Text t => "Text " + Quote(t.Value),
        Strong s => $"Strong[{Inlines(s.Content)}]",
        Emphasis e => $"Emph[{Inlines(e.Content)}]",
        Strikethrough s => $"Strike[{Inlines(s.Content)}]",
        Underline u => $"Under[{Inlines(u.Content)}]",
        Superscript s => $"Sup[{Inlines(s.Content)}]",
        Subscript s => $"Sub[{Inlines(s.Content)}]",
        Code c => $"Code{AttrText(c.Attr)} {Quote(c.Text)}",
        Link l => $"Link({l.Url}{(l.Title.Length > 0 ? " " + Quote(l.Title) : "")})[{Inlines(l.Content)}]",
        Image i => $"Image({i.Url} {Quote(i.Alt)})",
        LineBreak => "LB",
        SoftBreak => "SB",
        FootnoteRef f => $"Note {f.Number}({f.Label})",
        Span s => $"Span{AttrText(s.Attr)}{StyleText(s.Style)}[{Inlines(s.Content)}]",
        RawInline r => $"Raw({r.Format}) {Quote(r.Text)}",
        Ruby r => $"Ruby[{Inlines(r.Content)}]({r.Annotation})",
        _ => inline.GetType().Name,
    };

    private static string AttrText(Attr attr)
    {
        var sb = new StringBuilder();
        foreach (var c in attr.Classes) sb.Append('.').Append(c);
        if (attr.Id.Length > 0) sb.Append('#').Append(attr.Id);
        return sb.ToString();
    }

    private static string StyleText(TextStyle style)
    {
        var parts = new List<string>();
        if (style.Color is { } c) parts.Add("color=" + c);
        if (style.Background is { } b) parts.Add("bg=" + b);
        if (style.Bold) parts.Add("bold");
        if (style.Italic) parts.Add("italic");
        if (style.Underline) parts.Add("underline");
        if (style.Strikethrough) parts.Add("strike");
        return parts.Count == 0 ? "" : "{" + string.Join(",", parts) + "}";
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
