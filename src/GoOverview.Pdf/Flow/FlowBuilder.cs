using System.Collections.Immutable;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Pdf.Drawing;
using GoOverview.Pdf.Paging;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Flow;

/// <summary>
/// Blocks → the vertical flow of slices (measure step): headings, paragraphs, lists, code, quotes, rules, tables,
/// figures. Footnotes become separate bodies attached to the slices that reference them (the paginator sets them
/// at the foot of that page). Spacing between blocks collapses (the larger one wins).
/// </summary>
internal sealed partial class FlowBuilder
{
    private readonly TextEngine _engine;
    private readonly GoOverview.Layout.Equations.EquationLayouter _equations;
    private readonly PdfTheme _theme;
    private readonly InlineRuns _inlines;
    private readonly LinkTargets _links;
    private readonly DiagnosticBag _diagnostics;
    private readonly ImageLoader _images;
    private readonly TableBuilder _tables;
    private readonly List<Slice> _slices = new();
    private float _pendingSpace;
    private int _headingCount;
    /// <summary>The block being set, for diagnostics about its inline images.</summary>
    private SourceLocation? _where;

    public FlowBuilder(TextEngine engine, PdfTheme theme, LinkTargets links, ImageLoader images, DiagnosticBag diagnostics)
    {
        _engine = engine;
        _theme = theme;
        _equations = new GoOverview.Layout.Equations.EquationLayouter(engine.Fonts);
        _inlines = new InlineRuns(theme) { InlineImage = InlineImageBox, Formula = FormulaBox };
        _links = links;
        _images = images;
        _diagnostics = diagnostics;
        _tables = new TableBuilder(engine, theme, _inlines);
    }

    public List<HeadingMark> Headings { get; } = new();

    /// <summary>The title the cover shows (null: no cover): the first H1 reading the same is not set again.</summary>
    public string? CoverTitle { get; init; }
    private bool _coverTitleSkipped;

    /// <summary>The page's content height: table rows taller than this are cut.</summary>
    private Model.Localisation.FurnitureWords _words = Model.Localisation.FurnitureWords.SimplifiedChinese;

    public float PageHeight
    {
        get => _tables.MaxHeight;
        set => _tables.MaxHeight = value;
    }

    public List<Slice> Build(Document document, float width)
    {
        _words = Model.Localisation.FurnitureWords.For(document.Metadata.Lang);
        DefineTargets(document);
        var frame = new Frame(0, width, [], _theme.Text);
        var notes = BuildFootnotes(document, frame);
        foreach (var block in document.Blocks) AddBlock(block, frame);
        AttachFootnotes(notes, frame);
        return _slices;
    }

    private void DefineTargets(Document document)
    {
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            var id = block switch
            {
                Heading h => h.Attr.Id,
                CodeBlock c => c.Attr.Id,
                Table t => t.Attr.Id,
                Figure f => f.Attr.Id,
                Div d => d.Attr.Id,
                _ => "",
            };
            if (id.Length > 0) _links.Define(id);
        }
        foreach (var note in document.Footnotes)
        {
            _links.Define(FootnoteIds.Note(note.Number));
            _links.Define(FootnoteIds.Reference(note.Number));
        }
    }

    private void AddBlock(Block block, Frame frame)
    {
        _where = block.Location ?? _where;
        switch (block)
        {
            case Heading h: AddHeading(h, frame); break;
            case Paragraph p when Formula.DisplayEquationOf(p) is not null: AddDisplayEquation(p, frame); break;
            case Paragraph p: AddParagraph(p.Content, frame, ParagraphOptionsFor(frame)); break;
            case BulletList l: AddList(l.Items, l.Tight, null, frame); break;
            case OrderedList l: AddList(l.Items, l.Tight, l.Start, frame); break;
            case BlockQuote q: AddQuote(q.Blocks, frame); break;
            case CodeBlock c: AddCode(c, frame); break;
            case ThematicBreak: AddRule(frame); break;
            case Table t: AddTable(t, frame); break;
            case Figure f: AddFigure(f, frame); break;
            case Div d:
                var before = _slices.Count;
                var outerAlignment = _divAlignment;
                _divAlignment = BlockAlignment.Of(d.Attr) switch { ColumnAlignment.Center => TextAlignment.Center, ColumnAlignment.Right => TextAlignment.Right, _ => outerAlignment };
                foreach (var child in d.Blocks) AddBlock(child, frame);
                _divAlignment = outerAlignment;
                if (d.Attr.Id.Length > 0 && _slices.Count > before) _slices[before].AddAnchor(_links.Define(d.Attr.Id));
                break;
            case Callout c: AddCallout(c, frame); break;
            case TabSet t: AddTabSet(t, frame); break;
            case DefinitionList d: AddDefinitions(d, frame); break;
            case PageBreak: AddFlowBreak(FlowBreakKind.Page); break;
            case TableOfContents: AddFlowBreak(FlowBreakKind.TableOfContents); break;
            case RawBlock: break;
            case FootnoteDefinition: break;
        }
    }

    private ParagraphOptions ParagraphOptionsFor(Frame frame) => new(_divAlignment ?? TextAlignment.Justify, _theme.LineHeight);

    /// <summary>The alignment of the centred or right-aligned Div being written, if any.</summary>
    private TextAlignment? _divAlignment;

    private void AddHeading(Heading h, Frame frame)
    {
        var size = _theme.HeadingSize(h.Level);
        // H4 in the accent colour: at almost body size it needs more than weight to read as a heading.
        var style = new InlineStyle(FaceKind.Bold, size, h.Level == 4 ? _theme.Accent : _theme.Heading);
        var runs = _inlines.Build(h.Content, style);
        var layout = _engine.Layout(runs, frame.Width, new ParagraphOptions(TextAlignment.Left, _theme.HeadingLineHeight, AvoidLoneLastCharacter: false));
        var level = Math.Clamp(h.Level, 1, 6);
        var destination = h.Attr.Id.Length > 0 ? _links.Define(h.Attr.Id) : _links.Define("\u0002heading-" + ++_headingCount);
        var title = PlainText.Of(h.Content).Trim();
        var mark = new HeadingMark(level, title, destination);
        Headings.Add(mark);
        if (level == 1 && !_coverTitleSkipped && CoverTitle == title)
        {
            _coverTitleSkipped = true;
            var anchor = new AnchorSlice { Heading = mark, KeepWithNext = true, Indent = frame.Indent };
            anchor.AddAnchor(destination);
            _slices.Add(anchor);
            return;
        }
        var first = _slices.Count;
        AddLines(layout, frame, Math.Max(_pendingSpace, _theme.HeadingSpaceBefore[level - 1]), keepAll: true);
        if (_slices.Count > first)
        {
            _slices[first].Heading = mark;
            _slices[first].AddAnchor(destination);
        }
        _pendingSpace = _theme.HeadingSpaceAfter[level - 1];
    }

    public void AddParagraph(ImmutableArray<Inline> content, Frame frame, ParagraphOptions options, float? size = null)
    {
        if (SplitAtBlockImages(content, frame, options, size)) return;
        var runs = _inlines.Build(content, new InlineStyle(FaceKind.Regular, size ?? _theme.BodySize, frame.TextColor));
        if (runs.Count == 0) return;
        var layout = _engine.Layout(runs, frame.Width, options);
        AddLines(layout, frame, Math.Max(_pendingSpace, _theme.ParagraphSpacing), keepAll: false);
        _pendingSpace = _theme.ParagraphSpacing;
    }

    /// <summary>Adds a paragraph's lines; orphans and widows: no break after its first or before its last line.</summary>
    private void AddLines(ParagraphLayout layout, Frame frame, float spaceBefore, bool keepAll)
    {
        var n = layout.Lines.Count;
        for (var i = 0; i < n; i++)
        {
            var slice = new LineSlice
            {
                Line = layout.Lines[i],
                Height = layout.Lines[i].Height,
                Indent = frame.Indent,
                QuoteBars = frame.QuoteBars,
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = keepAll || (n >= 2 && (i == 0 || i == n - 2)),
            };
            _slices.Add(slice);
        }
    }

    private void AddList(ImmutableArray<ListItem> items, bool tight, int? start, Frame frame)
    {
        var depth = frame.ListDepth;
        var markerSize = _theme.BodySize;
        var hang = _theme.ListIndentEm * markerSize;
        if (start is { } s0)
        {
            var widest = Enumerable.Range(s0, items.Length).Select(n => _engine.MeasureWidth([Marker(OrderedMarker(n, depth), markerSize)])).DefaultIfEmpty(0).Max();
            hang = Math.Max(hang, widest + 0.6f * markerSize);
        }
        hang = WholeEms.RoundUp(hang, _theme.BodySize);
        var inner = frame.Inset(hang) with { ListDepth = depth + 1 };
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var markerText = start is { } s ? OrderedMarker(s + i, depth) : BulletMarker(depth);
            if (item.Task != TaskState.None) markerText = item.Task == TaskState.Checked ? "☑" : "☐";
            if (i > 0 || depth > 0) _pendingSpace = tight ? Math.Max(_pendingSpace, 2) : _theme.ParagraphSpacing;
            var first = _slices.Count;
            foreach (var block in item.Blocks)
            {
                if (tight && block is Paragraph p) AddTightParagraph(p, inner);
                else AddBlock(block, inner);
            }
            if (_slices.Count > first && _slices[first] is LineSlice or CodeLineSlice)
            {
                var marker = _engine.Layout([Marker(markerText, markerSize)], hang, new ParagraphOptions(start is null ? TextAlignment.Left : TextAlignment.Right, _theme.LineHeight)).Lines[0];
                var markerX = start is null ? -hang + 0.3f * markerSize : -hang - 0.45f * markerSize;
                if (_slices[first] is LineSlice firstLine) (firstLine.Marker, firstLine.MarkerX) = (marker, markerX);
                else if (_slices[first] is CodeLineSlice firstCode) (firstCode.Marker, firstCode.MarkerX) = (marker, markerX);
            }
        }
        _pendingSpace = Math.Max(_pendingSpace, _theme.ParagraphSpacing);
    }

    private void AddTightParagraph(Paragraph p, Frame frame)
    {
        if (SplitAtBlockImages(p.Content, frame, ParagraphOptionsFor(frame), null)) return;
        var saved = _theme.ParagraphSpacing;
        var runs = _inlines.Build(p.Content, new InlineStyle(FaceKind.Regular, _theme.BodySize, frame.TextColor));
        if (runs.Count == 0) return;
        var layout = _engine.Layout(runs, frame.Width, ParagraphOptionsFor(frame));
        AddLines(layout, frame, _pendingSpace, keepAll: false);
        _pendingSpace = 2;
        _ = saved;
    }

    private StyledRun Marker(string text, float size) => new(text, FaceKind.Regular, size, _theme.Accent);

    private static string BulletMarker(int depth) => (depth % 3) switch
    {
        0 => "•",
        1 => "◦",
        _ => "▪",
    };

    private static string OrderedMarker(int n, int depth) => (depth % 3) switch
    {
        0 => n + ".",
        1 => ToLetters(n) + ")",
        _ => ToRoman(n) + ".",
    };

    private static string ToLetters(int n)
    {
        var s = "";
        for (n = Math.Max(1, n); n > 0; n = (n - 1) / 26) s = (char)('a' + (n - 1) % 26) + s;
        return s;
    }

    private static string ToRoman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] r = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        int[] v = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        var s = "";
        for (var i = 0; i < v.Length; i++)
            while (n >= v[i]) { s += r[i]; n -= v[i]; }
        return s;
    }

    private void AddQuote(ImmutableArray<Block> blocks, Frame frame)
    {
        var barX = frame.Indent + 0.4f * _theme.BodySize;
        var inner = frame.Inset(1.5f * _theme.BodySize) with { QuoteBars = [.. frame.QuoteBars, barX], TextColor = _theme.QuoteText };
        foreach (var b in blocks) AddBlock(b, inner);
        _pendingSpace = Math.Max(_pendingSpace, _theme.ParagraphSpacing);
    }

    /// <summary>Sets code blocks (highlighted by the run's shared highlighter).</summary>
    public required CodeBlockBuilder Code { get; init; }

    private void AddCode(CodeBlock code, Frame frame)
    {
        var first = _slices.Count;
        _slices.AddRange(Code.Build(code, frame, Math.Max(_pendingSpace, _theme.ParagraphSpacing + 2)));
        if (code.Attr.Id.Length > 0 && _slices.Count > first) _slices[first].AddAnchor(_links.Define(code.Attr.Id));
        _pendingSpace = _theme.ParagraphSpacing + 2;
    }

    private void AddRule(Frame frame)
    {
        _slices.Add(new RuleSlice(frame.Width, _theme.Rule) { Height = 14, Indent = frame.Indent, QuoteBars = frame.QuoteBars, SpaceBefore = _pendingSpace });
        _pendingSpace = _theme.ParagraphSpacing;
    }

    private void AddTable(Table table, Frame frame)
    {
        var rows = _tables.Build(table, frame);
        if (rows.Count == 0) return;
        rows[0].SpaceBefore = Math.Max(_pendingSpace, _theme.ParagraphSpacing + 2);
        if (table.Attr.Id.Length > 0) rows[0].AddAnchor(_links.Define(table.Attr.Id));
        _slices.AddRange(rows);
        _pendingSpace = _theme.ParagraphSpacing + 4;
    }

    /// <summary>An image in running text taller than this many ems is set as a block of its own, not inline.</summary>
    private const float InlineImageMaxEms = 2.5f;

    /// <summary>Space (in ems) kept on each side of an inline image, so it does not touch its neighbours.</summary>
    public const float InlineImageSideBearing = 0.15f;

    /// <summary>A small inline image (an icon, a badge) scaled to the em box: one em high, on the text's descent.</summary>
    /// <summary>A display equation: centred, with half a line of air above and below.</summary>
    private void AddDisplayEquation(Paragraph paragraph, Frame frame)
    {
        var air = 0.5f * _theme.BodySize;
        _pendingSpace = Math.Max(_pendingSpace, _theme.ParagraphSpacing + air);
        AddParagraph(paragraph.Content, frame, ParagraphOptionsFor(frame) with { Alignment = TextAlignment.Center, FirstLineIndent = 0 },
            DisplayEquationSize(Formula.DisplayEquationOf(paragraph)!, frame));
        _pendingSpace = _theme.ParagraphSpacing + air;
    }

    /// <summary>Smallest size a display equation is set at to fit the text block (as LaTeX users shrink one by hand).</summary>
    private const float MinDisplayEquationScale = 0.7f;

    /// <summary>
    /// The body size, or a smaller one that makes an equation wider than the text block fit (never below 70%): an
    /// equation is one box and cannot break. One still too wide is reported at its line and overhangs the margin.
    /// </summary>
    private float DisplayEquationSize(Formula formula, Frame frame)
    {
        var size = _theme.BodySize;
        var width = FormulaBox(formula, size).Width;
        if (width <= frame.Width) return size;
        var scale = frame.Width / width;
        if (scale < MinDisplayEquationScale)
            _diagnostics.Report(new Diagnostic(Severity.Warning, "math-too-wide",
                $"display formula is {width / frame.Width:0.0}× the text width; set at {MinDisplayEquationScale * 100:0}% it still overhangs the margin (break it with \\ in an aligned environment)", _where));
        return size * Math.Max(MinDisplayEquationScale, scale * 0.995f);
    }

    private InlineBox FormulaBox(Formula formula, float size)
    {
        var equation = _equations.Layout(GoOverview.Formulas.Parsing.TexParser.Parse(formula.Tex).Root, formula.Display, size);
        return new InlineBox(equation.Width, equation.Ascent + equation.Descent, equation.Descent, equation);
    }

    private InlineBox? InlineImageBox(Image image, float size)
    {
        if (_images.Natural(image, _where) is not var (natural, width)) return null;
        var height = Math.Min(natural.Height, size);
        var scaledWidth = width * height / natural.Height;
        return new InlineBox(scaledWidth + 2 * InlineImageSideBearing * size, height, 0.12f * size, natural);
    }

    private bool IsBlockImage(Inline inline, float size) =>
        inline is Image image && _images.Natural(image, _where) is var (natural, _) && natural.Height > InlineImageMaxEms * size;

    /// <summary>
    /// A paragraph holding a large image: the text before it, the image as a centred block, the text after it.
    /// False (nothing added) when the paragraph has no such image.
    /// </summary>
    private bool SplitAtBlockImages(ImmutableArray<Inline> content, Frame frame, ParagraphOptions options, float? size)
    {
        var textSize = size ?? _theme.BodySize;
        if (content.IsDefaultOrEmpty || !content.Any(i => IsBlockImage(i, textSize))) return false;
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && !IsBlockImage(content[i], textSize)) continue;
            if (i > start) AddParagraph(content[start..i], frame, options, size);
            if (i < content.Length) AddBlockImage((Image)content[i], frame);
            start = i + 1;
        }
        return true;
    }

    private void AddBlockImage(Image image, Frame frame)
    {
        if (_images.Load(image, _where, frame.Width, maxHeight: 500) is not var (loaded, width)) return;
        _slices.Add(new ImageSlice
        {
            Raster = loaded.Raster, Vector = loaded.Vector, Width = width, Height = loaded.Height,
            Indent = frame.Indent + (frame.Width - width) / 2, QuoteBars = frame.QuoteBars,
            SpaceBefore = Math.Max(_pendingSpace, _theme.ParagraphSpacing + 2),
        });
        _pendingSpace = _theme.ParagraphSpacing + 2;
    }

    private void AddFigure(Figure figure, Frame frame)
    {
        var image = _images.Load(figure.Image, figure.Location, frame.Width, maxHeight: 500);
        var spaceBefore = Math.Max(_pendingSpace, _theme.ParagraphSpacing + 2);
        if (image is null)
        {
            var alt = figure.Image.Alt.Length > 0 ? figure.Image.Alt : figure.Image.Url;
            AddParagraph([new Text("[" + alt + "]")], frame, new ParagraphOptions(TextAlignment.Center, _theme.LineHeight));
            return;
        }
        var (slice, width) = image.Value;
        var placed = new ImageSlice { Raster = slice.Raster, Vector = slice.Vector, Width = width, Height = slice.Height, Indent = frame.Indent + (frame.Width - width) / 2, SpaceBefore = spaceBefore, KeepWithNext = !figure.Caption.IsDefaultOrEmpty };
        if (figure.Attr.Id.Length > 0) placed.AddAnchor(_links.Define(figure.Attr.Id));
        _slices.Add(placed);
        _pendingSpace = 4;
        if (!figure.Caption.IsDefaultOrEmpty)
        {
            var runs = _inlines.Build(figure.Caption, new InlineStyle(FaceKind.Regular, _theme.CaptionSize, _theme.Muted));
            var layout = _engine.Layout(runs, frame.Width, new ParagraphOptions(TextAlignment.Center, _theme.LineHeight));
            AddLines(layout, frame, 4, keepAll: false);
        }
        _pendingSpace = _theme.ParagraphSpacing + 2;
    }

    /// <summary>Each note's lines, set in the footnote size with its number hanging at the left (linked back to the reference).</summary>
    private Dictionary<int, FootnoteBody> BuildFootnotes(Document document, Frame frame)
    {
        var bodies = new Dictionary<int, FootnoteBody>();
        if (document.Footnotes.IsDefaultOrEmpty) return bodies;
        var size = _theme.FootnoteSize;
        var hang = 1.8f * size;
        var inner = frame.Inset(hang);
        var options = new ParagraphOptions(TextAlignment.Justify, _theme.FootnoteLineHeight);
        foreach (var note in document.Footnotes)
        {
            var first = _slices.Count;
            _pendingSpace = 0;
            foreach (var block in note.Blocks)
            {
                if (block is Paragraph p) AddParagraph(p.Content, inner, options, size);
                else AddBlock(block, inner);
            }
            if (_slices.Count == first) continue;
            var lines = _slices.GetRange(first, _slices.Count - first);
            _slices.RemoveRange(first, lines.Count);
            lines[0].SpaceBefore = 0.4f * size;
            lines[0].AddAnchor(_links.Define(FootnoteIds.Note(note.Number)));
            if (lines[0] is LineSlice line)
            {
                var number = new StyledRun(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), FaceKind.Regular, size,
                    _theme.Link, Link: "#" + FootnoteIds.Reference(note.Number));
                line.Marker = _engine.Layout([number], hang, new ParagraphOptions(TextAlignment.Left, _theme.FootnoteLineHeight)).Lines[0];
                line.MarkerX = -hang;
            }
            bodies[note.Number] = new FootnoteBody(note.Number, lines);
        }
        _pendingSpace = 0;
        return bodies;
    }

    /// <summary>
    /// Gives every slice the notes its text references and marks the first reference as the notes' back-link target.
    /// A note nothing references (the reader warned about it) is still printed, at the end of the flow.
    /// </summary>
    private void AttachFootnotes(Dictionary<int, FootnoteBody> bodies, Frame frame)
    {
        if (bodies.Count == 0) return;
        var referenced = new HashSet<int>();
        foreach (var slice in _slices)
        {
            foreach (var line in LinesOf(slice))
                foreach (var run in line.Runs)
                {
                    if (FootnoteIds.NoteNumberOfLink(run.Link) is not { } n || !bodies.TryGetValue(n, out var body)) continue;
                    slice.Notes ??= new List<FootnoteBody>();
                    if (!slice.Notes.Contains(body)) slice.Notes.Add(body);
                    if (referenced.Add(n)) slice.AddAnchor(_links.Define(FootnoteIds.Reference(n)));
                }
        }
        var unreferenced = bodies.Values.Where(b => !referenced.Contains(b.Number)).ToList();
        if (unreferenced.Count == 0) return;
        _pendingSpace = Math.Max(_pendingSpace, 18);
        AddRule(frame);
        foreach (var body in unreferenced) _slices.AddRange(body.Lines);
    }

    private static IEnumerable<LaidLine> LinesOf(Slice slice)
    {
        switch (slice)
        {
            case LineSlice l:
                yield return l.Line;
                break;
            case TableRowSlice row:
                foreach (var cell in row.Cells)
                    foreach (var line in cell.Lines) yield return line;
                break;
        }
    }
}
