using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Layout;
using RgbColor = GoOverview.Model.RgbColor;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace GoOverview.Word.Parts;

/// <summary>
/// On which page each bookmark of the body starts, estimated by setting the body's paragraphs with our own text
/// engine on the .docx's page geometry and the styles' sizes and spacing (Word and LibreOffice set it slightly
/// differently; Word refreshes the TOC's PAGEREF fields on print or F9). A paragraph's footnotes take their height
/// (and the separator, once per page) from the same page; widow control is ignored.
/// </summary>
internal sealed class PageEstimate
{
    /// <summary>Word's single line for Noto Sans SC (hhea ascender 1.16 em + descender 0.288 em).</summary>
    private const float CjkLineEm = 1.448f;
    private const float TwipsPerPoint = 20f;
    private const float EmuPerPoint = 12700f;

    private readonly TextEngine _engine;
    private readonly Dictionary<string, ParagraphLook> _looks;
    private readonly float _pageHeight;
    private readonly float _textWidth;
    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);
    private int _page = 1;
    private float _y;
    private int _pageWithNotes;
    private readonly WordBuild _build;

    private PageEstimate(TextEngine engine, WordBuild build)
    {
        _engine = engine;
        _build = build;
        var page = build.Page;
        _pageHeight = (page.Height - page.Top - page.Bottom) / TwipsPerPoint;
        _textWidth = page.TextWidthTwips / TwipsPerPoint;
        _looks = Looks(build.Styles);
    }

    /// <summary>Fills the cached page numbers of the TOC entries from the laid-out body.</summary>
    public static void FillToc(WordBuild build, IEnumerable<OpenXmlElement> body)
    {
        if (build.TocPages.Count == 0) return;
        using var fonts = ShapingFonts.Full(build.Context.Fonts);
        var estimate = new PageEstimate(new TextEngine(fonts), build);
        foreach (var element in body) estimate.Place(element);
        foreach (var slot in build.TocPages)
            slot.Page.Text = estimate._pages.TryGetValue(slot.Bookmark, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "1";
    }

    private void Place(OpenXmlElement element)
    {
        switch (element)
        {
            case BookmarkStart b when b.Name?.Value is { } name: _pages.TryAdd(name, _page); break;
            case W.Paragraph p: PlaceParagraph(p, _textWidth); break;
            case W.Table t: PlaceTable(t); break;
        }
    }

    private void PlaceParagraph(W.Paragraph paragraph, float width)
    {
        var look = LookOf(paragraph);
        var (text, drawings) = Content(paragraph);
        var lineHeight = look.Size * CjkLineEm * look.LineMultiple;
        var lines = text.Trim().Length == 0 ? (drawings > 0 ? 0 : 1) : LineCount(text, look, width);
        var height = look.Before + lines * lineHeight + drawings + look.After + NotesHeight(paragraph);
        var needed = look.KeepWithNext ? height + 2 * BodyLine : look.Before + Math.Min(height - look.Before, drawings > 0 ? height : 2 * lineHeight);
        if (_y > 0 && _y + needed > _pageHeight) NewPage();
        foreach (var b in paragraph.Descendants<BookmarkStart>())
            if (b.Name?.Value is { } name) _pages.TryAdd(name, _page);
        _y += height;
        while (_y > _pageHeight)
        {
            _y -= _pageHeight;
            _page++;
        }
        if (paragraph.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)) NewPage();
    }

    /// <summary>The paragraph's footnotes at the page foot, with the separator line when they are the page's first.</summary>
    private float NotesHeight(W.Paragraph paragraph)
    {
        var height = 0f;
        foreach (var reference in paragraph.Descendants<FootnoteReference>())
        {
            if (reference.Id?.Value is not { } id || _build.Footnotes.NoteById(id) is not { } note) continue;
            height += note.Elements<W.Paragraph>().Sum(p => ParagraphHeight(p, _textWidth));
        }
        if (height > 0 && _pageWithNotes != _page)
        {
            height += BodyLine;
            _pageWithNotes = _page;
        }
        return height;
    }

    private float BodyLine => _looks.TryGetValue("", out var body) ? body.Size * CjkLineEm * body.LineMultiple : 20;

    /// <summary>Rows are kept whole; a row is as tall as its tallest cell (cells share the width equally).</summary>
    private void PlaceTable(W.Table table)
    {
        foreach (var row in table.Elements<W.TableRow>())
        {
            var cells = row.Elements<W.TableCell>().ToList();
            if (cells.Count == 0) continue;
            var cellWidth = Math.Max(20, _textWidth / cells.Count - 11);
            var height = 4 + cells.Max(c => c.Elements<W.Paragraph>().Sum(p => ParagraphHeight(p, cellWidth)));
            if (_y > 0 && _y + height > _pageHeight) NewPage();
            _y += height;
        }
        _y += 6;
    }

    private float ParagraphHeight(W.Paragraph paragraph, float width)
    {
        var look = LookOf(paragraph);
        var (text, drawings) = Content(paragraph);
        var lines = text.Trim().Length == 0 ? (drawings > 0 ? 0 : 1) : LineCount(text, look, width);
        return look.Before + lines * look.Size * CjkLineEm * look.LineMultiple + drawings + look.After;
    }

    private int LineCount(string text, ParagraphLook look, float width)
    {
        var run = new StyledRun(text, look.Face, look.Size, RgbColor.Black);
        var lines = _engine.CountLines([run], Math.Max(look.Size * 4, width - look.Left),
            new ParagraphOptions(Layout.TextAlignment.Justify, 1, look.FirstLineChars * look.Size, CjkLatinSpacing: false));
        return Math.Max(1, lines);
    }

    private void NewPage()
    {
        _page++;
        _y = 0;
    }

    private ParagraphLook LookOf(W.Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var look = _looks.GetValueOrDefault(id) ?? _looks[""];
        if (paragraph.ParagraphProperties?.Indentation?.Left?.Value is { } left && float.TryParse(left, out var twips))
            look = look with { Left = twips / TwipsPerPoint };
        return look;
    }

    /// <summary>The paragraph's text (line breaks as '\n') and the height of its pictures in points.</summary>
    private static (string Text, float Drawings) Content(W.Paragraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        float drawings = 0;
        foreach (var e in paragraph.Descendants())
        {
            switch (e)
            {
                case W.Text t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break b when b.Type is null || b.Type.Value == BreakValues.TextWrapping: text.Append('\n'); break;
                case DW.Extent x when x.Cy?.Value is { } cy: drawings += cy / EmuPerPoint; break;
            }
        }
        return (text.ToString(), drawings);
    }

    /// <summary>How the styles the writer uses set text (sizes and spacing of the built-in definitions).</summary>
    private static Dictionary<string, ParagraphLook> Looks(StyleSheet styles)
    {
        var body = new ParagraphLook(FaceKind.Regular, 10.5f, 320 / 240f, 0, 6, 2, 0, false);
        var looks = new Dictionary<string, ParagraphLook>(StringComparer.Ordinal) { [""] = body };
        void Add(string name, ParagraphLook look)
        {
            if (styles.Has(name)) looks[styles.Id(name)] = look;
        }
        Add(StyleNames.BodyText, body);
        Add(StyleNames.Normal, body with { LineMultiple = 1, After = 0, FirstLineChars = 0 });
        Add(StyleNames.Compact, body with { Before = 1, After = 1, FirstLineChars = 0 });
        Add(StyleNames.ListParagraph, body with { Before = 1, After = 3, FirstLineChars = 0 });
        Add(StyleNames.BlockText, body with { Left = 28 });
        Add(StyleNames.SourceCode, new ParagraphLook(FaceKind.Mono, 9, 264 / 240f * 1.32f / CjkLineEm, 14, 14, 0, 6, false));
        Add(StyleNames.Caption, body with { Size = 9, LineMultiple = 1, Before = 3, After = 10, FirstLineChars = 0 });
        Add(StyleNames.Figure, body with { LineMultiple = 1, Before = 6, After = 3, FirstLineChars = 0 });
        Add(StyleNames.TocHeading, new ParagraphLook(FaceKind.Bold, 18, 1, 24, 12, 0, 0, true));
        Add(StyleNames.Title, new ParagraphLook(FaceKind.Bold, 26, 1.25f, 12, 12, 0, 0, true));
        float[] sizes = [18, 16, 14, 12, 11, 10.5f];
        (float Before, float After)[] spacing = [(24, 12), (20, 10), (16, 8), (12, 5), (10, 4), (8, 3)];
        for (var level = 1; level <= 6; level++)
            Add(StyleNames.Heading(level), new ParagraphLook(FaceKind.Bold, sizes[level - 1], 1, spacing[level - 1].Before, spacing[level - 1].After, 0, 0, true));
        Add(StyleNames.Toc(1), body with { LineMultiple = 1, Before = 3, After = 3, FirstLineChars = 0 });
        for (var level = 2; level <= 6; level++)
            Add(StyleNames.Toc(level), body with { LineMultiple = 1, Before = 0, After = 2, FirstLineChars = 0 });
        return looks;
    }

    /// <summary>Font, size (pt), line spacing as a multiple of single, space before/after (pt), first-line indent (chars), left indent (pt).</summary>
    private sealed record ParagraphLook(FaceKind Face, float Size, float LineMultiple, float Before, float After, float FirstLineChars, float Left, bool KeepWithNext);
}
