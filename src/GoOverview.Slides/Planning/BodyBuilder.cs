using System.Collections.Immutable;
using GoOverview.Model;
using GoOverview.Model.Localisation;
using GoOverview.Export.Code;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Section blocks → body paragraphs: paragraphs stay paragraphs, list items become bullets (nesting → level),
/// code lines become monospace paragraphs, tables become one line per row. Empty items are dropped.
/// </summary>
internal sealed partial class BodyBuilder(DiagnosticBag diagnostics, CodeHighlighter? code = null, GoOverview.Slides.Measuring.ITextMeasurer? measurer = null)
{
    private readonly InlineRuns _inlines = new(diagnostics);
    private Func<Figure, bool> _takePicture = _ => false;

    /// <summary>Furniture words of the document being planned (callout labels, the picture mark).</summary>
    public FurnitureWords Words { get; set; } = FurnitureWords.SimplifiedChinese;

    /// <summary>
    /// The body paragraphs of the blocks. A figure is offered to <paramref name="takePicture"/> (which shows it on a
    /// picture slide); a figure it declines stays in the text as "［图］caption".
    /// </summary>
    public ImmutableArray<SlideParagraph> Build(IEnumerable<Block> blocks, Func<Figure, bool>? takePicture = null)
    {
        _takePicture = takePicture ?? (_ => false);
        var result = new List<SlideParagraph>();
        foreach (var block in blocks) AddBlock(result, block, level: 0);
        MarkBoxEdges(result);
        return result.ToImmutableArray();
    }

    /// <summary>A figure's caption as runs (its alt text when it has no caption).</summary>
    public ImmutableArray<SlideRun> Caption(Figure figure)
    {
        var caption = figure.Caption.IsDefaultOrEmpty ? ImmutableArray.Create<Inline>(new Text(figure.Image.Alt)) : figure.Caption;
        return _inlines.Lines(caption, figure.Location).SelectMany(l => l).ToImmutableArray();
    }

    private void AddBlock(List<SlideParagraph> result, Block block, int level)
    {
        switch (block)
        {
            case Paragraph p when DisplayEquation(p, level) is { } equation: result.Add(equation); break;
            case Paragraph p: AddInlines(result, p.Content, level, ParagraphMarker.None, 0, p.Location); break;
            case Heading h: AddInlines(result, h.Content, level, ParagraphMarker.None, 0, h.Location, bold: true); break;
            case BulletList l: AddItems(result, l.Items, level, ordered: false, 1, l.Location); break;
            case OrderedList l: AddItems(result, l.Items, level, ordered: true, l.Start, l.Location); break;
            case BlockQuote q:
                foreach (var b in q.Blocks) AddBlock(result, b, level);
                break;
            case Div d:
                foreach (var b in d.Blocks) AddBlock(result, b, level);
                break;
            case CodeBlock c: AddCode(result, c, level); break;
            case Table t: AddTable(result, t, level); break;
            case Figure f: AddFigure(result, f, level); break;
            case FootnoteDefinition n:
                foreach (var b in n.Blocks) AddBlock(result, b, level);
                break;
            case Callout c: AddCallout(result, c, level); break;
            case TabSet t: AddTabSet(result, t, level); break;
            case DefinitionList d: AddDefinitions(result, d, level); break;
            case PageBreak b: AddPageBreak(result, b); break;
            case ThematicBreak:
            case RawBlock:
            case TableOfContents: // the deck's section slides already outline it
                break;
        }
    }

    private void AddItems(List<SlideParagraph> result, ImmutableArray<ListItem> items, int level, bool ordered, int start, SourceLocation? location)
    {
        var number = start;
        foreach (var item in items)
        {
            if (LinkLists.IsEmpty(item))
            {
                diagnostics.Info("slides-empty-item", "an empty list item is left off the slides", location);
                continue;
            }
            var marker = ordered ? ParagraphMarker.Number : ParagraphMarker.Bullet;
            var first = true;
            foreach (var block in item.Blocks)
            {
                if (first && block is Paragraph p)
                {
                    var content = p.Content;
                    if (item.Task != TaskState.None) content = content.Insert(0, new Text(item.Task == TaskState.Checked ? "☑ " : "☐ "));
                    if (ordered) content = content.Insert(0, new Text($"{number}. "));
                    AddInlines(result, content, level, marker, number, p.Location ?? location);
                }
                else if (block is BulletList or OrderedList)
                {
                    AddBlock(result, block, level + 1);
                }
                else
                {
                    // Other blocks of the item sit at the item's indent; only the item's first paragraph shows the marker.
                    var before = result.Count;
                    AddBlock(result, block, level);
                    for (var i = before; i < result.Count; i++)
                    {
                        if (result[i].Level != level || result[i].Marker != ParagraphMarker.None) continue;
                        var drawsMarker = first && i == before;
                        result[i] = result[i] with { Marker = marker, Number = number, IsContinuation = !drawsMarker };
                    }
                }
                first = false;
            }
            number++;
        }
    }

    private void AddInlines(List<SlideParagraph> result, ImmutableArray<Inline> content, int level, ParagraphMarker marker, int number,
        SourceLocation? location, bool bold = false)
    {
        var lines = _inlines.Lines(content, location);
        for (var i = 0; i < lines.Length; i++)
        {
            var runs = bold ? lines[i].Select(r => r with { Style = r.Style with { Bold = true } }).ToImmutableArray() : lines[i];
            result.Add(new SlideParagraph(runs, level, marker, number, IsContinuation: i > 0, location));
        }
    }

    /// <summary>One paragraph per source line (so a long block continues on the next slide at a line boundary).</summary>
    private void AddCode(List<SlideParagraph> result, CodeBlock block, int level)
    {
        var highlighted = code?.Highlight(block) ?? HighlightedCode.Plain(block.Text);
        for (var i = 0; i < highlighted.Lines.Count; i++)
        {
            var runs = CodeSlideRuns.Of(HighlightedCode.ExpandTabs(highlighted.Lines[i]), code?.Theme);
            result.Add(new SlideParagraph(runs, level, ParagraphMarker.None, 0, IsContinuation: i > 0, block.Location));
        }
    }

    private void AddTable(List<SlideParagraph> result, Table table, int level)
    {
        foreach (var row in new[] { table.Header }.Concat(table.Rows))
        {
            var runs = new List<SlideRun>();
            foreach (var cell in row.Cells)
            {
                if (cell.Covered) continue; // shown once, where the spanning cell starts
                if (runs.Count > 0) runs.Add(new SlideRun(" | ", RunStyle.Plain));
                foreach (var line in _inlines.Lines(cell.Content, table.Location)) runs.AddRange(line);
            }
            if (runs.Count == 0) continue;
            if (row == table.Header) runs = runs.Select(r => r with { Style = r.Style with { Bold = true } }).ToList();
            result.Add(new SlideParagraph(runs.ToImmutableArray(), level, ParagraphMarker.Bullet, 0, false, table.Location));
        }
    }

    private void AddFigure(List<SlideParagraph> result, Figure figure, int level)
    {
        // A picture that cannot be shown was reported once by the shared image service, for every format.
        if (_takePicture(figure)) return;
        var caption = figure.Caption.IsDefaultOrEmpty ? ImmutableArray.Create<Inline>(new Text(figure.Image.Alt)) : figure.Caption;
        AddInlines(result, ImmutableArray.Create<Inline>(new Text(Words.FigureMark)).AddRange(caption), level, ParagraphMarker.None, 0, figure.Location);
    }
}
