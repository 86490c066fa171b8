using System.Collections.Immutable;
using System.Globalization;
using GoOverview.Epub.Styling;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>Writes blocks as XHTML flow elements.</summary>
internal sealed partial class BlockRenderer(RenderScope scope)
{
    private readonly InlineRenderer _inlines = new(scope);

    private XhtmlBuilder Out => scope.Out;

    public InlineRenderer Inlines => _inlines;

    public void Write(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) Write(block);
    }

    public void Write(Block block)
    {
        if (block.Location is not null) scope.Location = block.Location;
        switch (block)
        {
            case Heading h: WriteHeading(h); break;
            case Paragraph p:
                if (p.Content.IsDefaultOrEmpty) return;
                Out.Start("p");
                _inlines.WriteParagraph(p.Content);
                Out.End("p");
                break;
            case BulletList l: WriteList("ul", l.Items, l.Tight, 1); break;
            case OrderedList l: WriteList("ol", l.Items, l.Tight, l.Start); break;
            case BlockQuote q:
                Out.Start("blockquote");
                Out.NewLine();
                Write(q.Blocks);
                Out.End("blockquote");
                break;
            case CodeBlock c: WriteCode(c); break;
            case Table t: WriteTable(t); break;
            case Figure f: WriteFigure(f); break;
            case ThematicBreak:
                Out.Start("hr");
                Out.End("hr");
                break;
            case Div d:
                Out.Start("div");
                scope.Id(d.Attr.Id);
                Out.Classes(SafeClasses(d.Attr));
                Out.NewLine();
                Write(d.Blocks);
                Out.End("div");
                break;
            case Callout c: WriteCallout(c); break;
            case TabSet t: WriteTabSet(t); break;
            case DefinitionList d: WriteDefinitions(d); break;
            case PageBreak: WritePageBreak(); break;
            case TableOfContents: WriteInlineToc(); break;
            case RawBlock: return; // the reader turned raw HTML into model blocks; what is left (comments) shows nothing
            case FootnoteDefinition: return; // written by FootnoteSection
        }
        Out.NewLine();
    }

    private void WriteHeading(Heading heading)
    {
        var element = "h" + Math.Clamp(heading.Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        Out.Start(element);
        scope.Id(scope.Book.Plan.HeadingId(heading));
        _inlines.Write(heading.Content);
        Out.End(element);
    }

    private void WriteList(string element, ImmutableArray<ListItem> items, bool tight, int start)
    {
        Out.Start(element);
        if (element == "ol" && start != 1) Out.Attr("start", start.ToString(CultureInfo.InvariantCulture));
        if (items.Any(i => i.Task != TaskState.None)) Out.Attr("class", "task-list");
        else if (ReferenceList.Is(items)) Out.Attr("class", ReferenceList.Class);
        Out.NewLine();
        foreach (var item in items)
        {
            Out.Start("li");
            if (item.Task != TaskState.None) WriteTaskBox(item.Task);
            Block? previous = null;
            foreach (var block in item.Blocks)
            {
                if (tight && block is Paragraph p)
                {
                    if (previous is Paragraph)
                    {
                        Out.Start("br");
                        Out.End("br");
                    }
                    if (p.Location is not null) scope.Location = p.Location;
                    _inlines.Write(p.Content);
                }
                else
                {
                    if (previous is Paragraph && tight) Out.NewLine();
                    Write(block);
                }
                previous = block;
            }
            Out.End("li");
            Out.NewLine();
        }
        Out.End(element);
    }

    private void WriteTaskBox(TaskState state)
    {
        Out.Start("span");
        Out.Attr("class", state == TaskState.Checked ? "task checked" : "task");
        Out.Text(state == TaskState.Checked ? "☑" : "☐");
        Out.End("span");
        Out.Text(" ");
    }

    private void WriteCode(CodeBlock code) => CodeRenderer.Write(scope, code);

    private void WriteTable(Table table)
    {
        Out.Start("table");
        scope.Id(table.Attr.Id);
        Out.NewLine();
        if (table.HasHeader || table.Rows.IsEmpty)
        {
            Out.Start("thead");
            WriteRow(table.Header, table.Alignments, "th");
            Out.End("thead");
            Out.NewLine();
        }
        if (table.Rows.Length > 0)
        {
            Out.Start("tbody");
            Out.NewLine();
            foreach (var row in table.Rows) WriteRow(row, table.Alignments, "td");
            Out.End("tbody");
        }
        Out.End("table");
    }

    private void WriteRow(TableRow row, ImmutableArray<ColumnAlignment> alignments, string cellElement)
    {
        Out.Start("tr");
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if (cell.Covered) continue;
            Out.Start(cellElement);
            var alignment = i < alignments.Length ? alignments[i] : ColumnAlignment.Default;
            if (alignment != ColumnAlignment.Default) Out.Attr("class", "align-" + alignment.ToString().ToLowerInvariant());
            if (cell.ColSpan > 1) Out.Attr("colspan", cell.ColSpan.ToString(CultureInfo.InvariantCulture));
            if (cell.RowSpan > 1) Out.Attr("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture));
            _inlines.Write(cell.Content);
            Out.End(cellElement);
        }
        Out.End("tr");
        Out.NewLine();
    }

    private void WriteFigure(Figure figure)
    {
        var src = scope.Book.Images.HrefFor(figure.Image.Url, scope.Location);
        if (src is null)
        {
            Out.Start("p");
            Out.Attr("class", "missing-figure");
            ImageFallback.Write(scope, figure.Image.Url, figure.Image.Alt.Length > 0 ? figure.Image.Alt : PlainText.Of(figure.Caption));
            Out.End("p");
            return;
        }
        Out.Start("figure");
        scope.Id(figure.Attr.Id);
        Out.Start("img");
        Out.Attr("src", src);
        Out.Attr("alt", figure.Image.Alt);
        Out.End("img");
        if (PlainText.Of(figure.Caption).Trim().Length > 0)
        {
            Out.Start("figcaption");
            _inlines.Write(figure.Caption);
            Out.End("figcaption");
        }
        Out.End("figure");
    }

    private static List<string> SafeClasses(Attr attr)
    {
        var classes = new List<string>();
        foreach (var c in attr.Classes) StyleClasses.AddSafe(classes, c);
        return classes;
    }
}
