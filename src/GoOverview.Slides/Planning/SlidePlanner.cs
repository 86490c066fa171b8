using System.Collections.Immutable;
using GoOverview.Model;
using GoOverview.Model.Localisation;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning.Condensing;

namespace GoOverview.Slides.Planning;

/// <summary>How the deck is cut into slides (author control).</summary>
/// <param name="SlideLevel">Headings of this level start slides (pandoc's --slide-level); null: 3 if the document has H3, else 2.</param>
/// <param name="Explicit">The author wrote the slides ("slides: explicit"): "---" starts a slide and text is shown as written.</param>
internal sealed record SlideCutting(int? SlideLevel = null, bool? Explicit = null)
{
    public static readonly SlideCutting Default = new();
}

/// <summary>
/// Model → slide plan: a title slide from the metadata; the text before the first section; an agenda of the
/// sections; per section a numbered divider, its slides (one per heading at the slide level, deeper headings as
/// subheadings, text condensed to bullets with the full text in the notes; code, tables and pictures on their own
/// slides), then its references; a closing slide.
/// </summary>
internal sealed class SlidePlanner(SlideTheme theme, ITextMeasurer measurer, DiagnosticBag diagnostics, ISlidePictures? pictures = null,
    GoOverview.Export.Code.CodeHighlighter? code = null, SlideCutting? cutting = null)
{
    /// <summary>The closing slide's title: characters every run's shared font subset has (no extra subset for one slide).</summary>
    public const string ClosingTitle = "Q & A";
    private FurnitureWords _words = FurnitureWords.SimplifiedChinese;

    private readonly BodyBuilder _bodies = new(diagnostics, code, measurer);
    private readonly InlineRuns _inlines = new(diagnostics);
    private readonly BodyFitter _fitter = new(theme, measurer);
    private readonly TitleFitter _titles = new(theme, measurer, diagnostics);
    private readonly PictureLayout _pictureLayout = new(theme, measurer);
    private UnitReader _reader = null!;

    public SlidePlan Plan(Document document)
    {
        _words = FurnitureWords.For(document.Metadata.Lang);
        _bodies.Words = _words;
        var cut = cutting ?? SlideCutting.Default;
        var isExplicit = cut.Explicit ?? (document.Metadata.Extra.TryGetValue("slides", out var mode) && mode.Trim().Equals("explicit", StringComparison.OrdinalIgnoreCase));
        _reader = new UnitReader(_inlines, _bodies, document.Footnotes.GroupBy(f => f.Number).ToDictionary(g => g.Key, g => g.First()), !isExplicit, isExplicit);
        var outline = DeckOutline.Read(document, cut.SlideLevel);
        var deckTitle = document.Metadata.Title.Trim().Length > 0 ? document.Metadata.Title.Trim()
            : outline.TitleHeading is { } h ? PlainText.Of(h.Content).Trim() : document.Name;
        var slides = new List<PlannedSlide> { MakeTitleSlide(deckTitle, document.Metadata) };

        var introReferences = new List<Block>();
        AddSection(slides, outline.Intro.Blocks, deckTitle, "", outline.TitleHeading?.Attr.Id ?? "", outline.TitleHeading?.Location, introReferences);
        AddReferences(slides, introReferences, "");

        var numbered = outline.Chapters.Where(c => c.Heading is not null).ToList();
        if (numbered.Count >= 2) slides.Add(Agenda(numbered));
        foreach (var chapter in outline.Chapters)
        {
            var references = new List<Block>();
            if (chapter.Heading is { } heading)
            {
                var (title, size) = _titles.Fit(SectionOrdinal.Strip(chapter.Title), theme.SectionTitleBox, theme.SectionTitleFontSize, theme.TitleFontSize, heading.Location);
                slides.Add(new SectionSlide(title, size, heading.Attr.Id, heading.Location) { Number = chapter.Number });
                AddSection(slides, chapter.Intro.Blocks, chapter.Title, "", "", heading.Location, references);
            }
            foreach (var section in chapter.Sections)
                AddSection(slides, section.Blocks, section.Title, chapter.Title, section.Heading?.Attr.Id ?? "", section.Heading?.Location, references,
                    headingNeedsSlide: true);
            AddReferences(slides, references, chapter.Title);
        }
        var closing = MakeTitleSlide(ClosingTitle, Metadata.Empty with { Subtitle = deckTitle }) with { IsClosing = true };
        slides.Add(closing);
        return new SlidePlan(slides.ToImmutableArray(), theme);
    }

    private TitleSlide MakeTitleSlide(string title, Metadata metadata)
    {
        var (fitted, size) = _titles.Fit(title, theme.DeckTitleBox, theme.DeckTitleFontSize, theme.TitleFontSize, null);
        var organisation = metadata.Extra.TryGetValue("organization", out var o) ? o : metadata.Extra.TryGetValue("institute", out var i) ? i : "";
        var parts = new[] { metadata.Subtitle.Trim(), metadata.AuthorLine.Trim(), organisation.Trim(), metadata.Date.Trim() }.Where(p => p.Length > 0);
        return new TitleSlide(fitted, size, string.Join(_words.FieldSpacer, parts));
    }

    private ContentSlide Agenda(List<Chapter> chapters)
    {
        var accent = new RgbColor(0x00, 0xAD, 0xD8);
        var body = chapters.Select(c => new SlideParagraph(
            [new SlideRun(c.Number.ToString("00", System.Globalization.CultureInfo.InvariantCulture), RunStyle.Plain with { Bold = true, Color = accent }),
             new SlideRun("　" + SectionOrdinal.Strip(c.Title), RunStyle.Plain)], 0, ParagraphMarker.None, 0, false, c.Heading?.Location)).ToImmutableArray();
        var fitted = _fitter.Fit(body, ContentKind.Agenda);
        var (title, size) = _titles.Fit(_words.Contents, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, null);
        return new ContentSlide(title, size, ContentKind.Agenda, fitted.FontSize, fitted.Pages[0],
            string.Join('\n', chapters.Select(c => c.Title)), "", false, null);
    }

    /// <summary>
    /// The slides of one section: its text units packed onto slides at one size, code, tables and figures on their
    /// own slides where they stand; link lists are set aside for the references at the end of the chapter.
    /// </summary>
    private void AddSection(List<PlannedSlide> slides, ImmutableArray<Block> blocks, string title, string tag, string anchorId,
        SourceLocation? location, List<Block> references, bool headingNeedsSlide = false)
    {
        references.AddRange(blocks.Where(LinkLists.IsLinkList));
        var units = _reader.Read(blocks.Where(b => !LinkLists.IsLinkList(b)));
        // runs of text units between breaks and code/table/figure units
        var runs = new List<List<SlideUnit>>();
        var current = new List<SlideUnit>();
        foreach (var unit in units)
        {
            if (unit.Kind is UnitKind.Text or UnitKind.Subheading or UnitKind.Box) { current.Add(unit); continue; }
            if (unit.Kind == UnitKind.Notes) continue;
            runs.Add(current);
            current = new List<SlideUnit>();
        }
        runs.Add(current);
        var size = new UnitPacker(theme, _fitter).ChooseSize(runs);
        var packer = new UnitPacker(theme, _fitter);

        var first = slides.Count;
        var pendingNotes = new List<string>();
        current = new List<SlideUnit>();
        void FlushText()
        {
            foreach (var page in packer.Pack(current, size)) AddText(page.Paragraphs, page.Notes, page.RightColumn, page.Anchors);
            current.Clear();
        }
        void AddText(ImmutableArray<SlideParagraph> body, string notes, ImmutableArray<SlideParagraph> rightColumn, ImmutableArray<string> anchors)
        {
            var (t, s) = Title(slides.Count > first);
            slides.Add(new ContentSlide(t, s, ContentKind.Body, size, body, WithPending(notes), slides.Count == first ? anchorId : "", slides.Count > first, location)
            {
                Tag = tag,
                RightColumn = rightColumn,
                SubheadingAnchors = anchors,
                Bands = CalloutBand.For(body, size, ContentKind.Body, theme, paragraph => _fitter.Lines(paragraph, size).Count),
            });
        }
        string WithPending(string notes)
        {
            if (pendingNotes.Count == 0) return notes;
            var all = string.Join('\n', pendingNotes.Prepend(notes).Where(n => n.Length > 0));
            pendingNotes.Clear();
            return all;
        }
        (string, double) Title(bool continued) =>
            _titles.Fit(continued ? title + _words.Continued : title, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, location);

        foreach (var unit in units)
        {
            switch (unit.Kind)
            {
                case UnitKind.Text or UnitKind.Subheading or UnitKind.Box:
                    current.Add(unit);
                    break;
                case UnitKind.Notes:
                    if (current.Count > 0) current[^1] = current[^1] with { Notes = string.Join('\n', new[] { current[^1].Notes, unit.Notes }.Where(n => n.Length > 0)) };
                    else if (slides.Count > first) slides[^1] = WithNotes(slides[^1], unit.Notes);
                    else pendingNotes.Add(unit.Notes);
                    break;
                case UnitKind.Break:
                    FlushText();
                    break;
                case UnitKind.Code:
                    FlushText();
                    AddCode((CodeBlock)unit.Source!, unit.Notes);
                    break;
                case UnitKind.Table:
                    FlushText();
                    AddTable((Table)unit.Source!, unit.Notes);
                    break;
                case UnitKind.Figure when pictures?.Load((Figure)unit.Source!) is { } picture:
                    FlushText();
                    AddPicture((Figure)unit.Source!, picture, unit.Notes);
                    break;
                case UnitKind.Figure:
                    // A picture that cannot be shown (reported once by the shared image service) leaves its caption in the text.
                    var figure = (Figure)unit.Source!;
                    var caption = figure.Caption.IsDefaultOrEmpty ? ImmutableArray.Create<Inline>(new Text(figure.Image.Alt)) : figure.Caption;
                    current.Add(new SlideUnit(UnitKind.Text,
                        _bodies.Build([new Paragraph(ImmutableArray.Create<Inline>(new Text(_words.FigureMark)).AddRange(caption)) { Location = figure.Location }]), unit.Notes));
                    break;
            }
        }
        FlushText();
        if (slides.Count == first && headingNeedsSlide)
        {
            var (t, s) = Title(false);
            slides.Add(new ContentSlide(t, s, ContentKind.Body, size, [], WithPending(title), anchorId, false, location) { Tag = tag });
        }

        void AddCode(CodeBlock block, string notes)
        {
            var body = _bodies.Build([block]);
            var fitted = _fitter.Fit(body, ContentKind.Code);
            for (var p = 0; p < fitted.Pages.Count; p++)
            {
                var (t, s) = Title(slides.Count > first);
                var pageNotes = p == 0 ? notes : string.Join('\n', fitted.Pages[p].Select(x => x.Text));
                slides.Add(new ContentSlide(t, s, ContentKind.Code, fitted.FontSize, fitted.Pages[p], WithPending(pageNotes),
                    slides.Count == first ? anchorId : "", slides.Count > first, block.Location ?? location) { Tag = tag });
            }
        }

        void AddTable(Table table, string notes)
        {
            var (header, widths, tableSize, parts) = new TablePlanner(theme, measurer, _inlines).Plan(table);
            foreach (var part in parts)
            {
                var (t, s) = Title(slides.Count > first);
                var frame = new Box(theme.BodyBox.X + theme.InsetX, theme.BodyBox.Y + theme.InsetY, widths.Sum(), part.RowHeights.Sum());
                var partNotes = parts.Count == 1 ? notes
                    : string.Join('\n', part.Rows.Prepend(header).Select(r => string.Join(" | ", r.Select(c => string.Concat(c.Runs.Select(x => x.Text))))));
                slides.Add(new TableSlide(t, s, header, part.Rows, widths, part.RowHeights, tableSize, frame, WithPending(partNotes),
                    slides.Count == first ? anchorId : "", table.Location ?? location) { Tag = tag });
            }
        }

        void AddPicture(Figure figure, SlidePicture picture, string notes)
        {
            var pictureTitle = slides.Count > first ? title + _words.FigureSuffix : title;
            var (fitted, s) = _titles.Fit(pictureTitle, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, figure.Location ?? location);
            var (box, captionBox, captionRuns) = _pictureLayout.Place(picture, _bodies.Caption(figure));
            slides.Add(new PictureSlide(fitted, s, picture, box, captionRuns, _pictureLayout.CaptionFontSize, captionBox, WithPending(notes),
                slides.Count == first ? anchorId : "", figure.Location ?? location) { Tag = tag });
        }
    }

    private static PlannedSlide WithNotes(PlannedSlide slide, string notes) => slide switch
    {
        ContentSlide c => c with { Notes = Join(c.Notes, notes) },
        PictureSlide p => p with { Notes = Join(p.Notes, notes) },
        TableSlide t => t with { Notes = Join(t.Notes, notes) },
        _ => slide,
    };

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "\n" + b;

    /// <summary>The references of a chapter (its link lists, wherever they stood) as compact slides at its end.</summary>
    private void AddReferences(List<PlannedSlide> slides, List<Block> lists, string tag)
    {
        if (lists.Count == 0) return;
        var body = _bodies.Build(lists);
        if (body.IsEmpty) return;
        var fitted = _fitter.Fit(body, ContentKind.References);
        for (var p = 0; p < fitted.Pages.Count; p++)
        {
            var (title, size) = _titles.Fit(p == 0 ? _words.References : _words.References + _words.Continued, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, null);
            var notes = string.Join('\n', lists.SelectMany(l => LinkLists.Items(l)).Where(i => !LinkLists.IsEmpty(i)).Select(i => NotesText.OfItem(i, "• "))
                .Where(n => fitted.Pages[p].Any(x => n.Contains(x.Text, StringComparison.Ordinal))));
            slides.Add(new ContentSlide(title, size, ContentKind.References, fitted.FontSize, fitted.Pages[p], notes, "", p > 0, lists[0].Location) { Tag = tag });
        }
    }
}
