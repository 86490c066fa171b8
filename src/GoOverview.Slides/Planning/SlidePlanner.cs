using System.Collections.Immutable;
using GoOverview.Model;
using GoOverview.Model.Localisation;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Model → slide plan. A title slide from the metadata; a section slide per H2 (and any further H1); content
/// slides for H3 and deeper headings (and for text directly under an H1/H2), titled with the heading; link lists
/// as compact reference slides; text that does not fit continues on slides titled "…（续）".
/// </summary>
internal sealed class SlidePlanner(SlideTheme theme, ITextMeasurer measurer, DiagnosticBag diagnostics, ISlidePictures? pictures = null,
    GoOverview.Export.Code.CodeHighlighter? code = null)
{
    private FurnitureWords _words = FurnitureWords.SimplifiedChinese;

    private readonly BodyBuilder _bodies = new(diagnostics, code);
    private readonly BodyFitter _fitter = new(theme, measurer);
    private readonly TitleFitter _titles = new(theme, measurer, diagnostics);
    private readonly PictureLayout _pictureLayout = new(theme, measurer);

    public SlidePlan Plan(Document document)
    {
        _words = FurnitureWords.For(document.Metadata.Lang);
        _bodies.Words = _words;
        var sections = SectionReader.Read(document);
        var deckTitleSection = sections.FirstOrDefault(s => s.Level == 1);
        var deckTitle = document.Metadata.Title.Trim().Length > 0 ? document.Metadata.Title.Trim()
            : deckTitleSection?.Title ?? document.Name;
        var slides = new List<PlannedSlide> { MakeTitleSlide(deckTitle, document.Metadata) };

        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Level == 0)
            {
                AddContent(slides, section, deckTitle, anchorId: "", []);
            }
            else if (section == deckTitleSection)
            {
                AddContent(slides, section, section.Title, section.Heading!.Attr.Id, []);
            }
            else if (section.Level <= 2)
            {
                var (title, size) = _titles.Fit(section.Title, theme.SectionTitleBox, theme.SectionTitleFontSize, theme.TitleFontSize, section.Heading!.Location);
                slides.Add(new SectionSlide(title, size, section.Heading.Attr.Id, section.Heading.Location));
                AddContent(slides, section, section.Title, anchorId: "", []);
            }
            else
            {
                AddContent(slides, section, section.Title, section.Heading!.Attr.Id, ChildTitles(sections, i));
            }
        }
        return new SlidePlan(slides.ToImmutableArray(), theme);
    }

    private TitleSlide MakeTitleSlide(string title, Metadata metadata)
    {
        var (fitted, size) = _titles.Fit(title, theme.DeckTitleBox, theme.DeckTitleFontSize, theme.TitleFontSize, null);
        var parts = new[] { metadata.Subtitle.Trim(), metadata.AuthorLine.Trim(), metadata.Date.Trim() }.Where(p => p.Length > 0);
        return new TitleSlide(fitted, size, string.Join(_words.FieldSpacer, parts));
    }

    /// <summary>Titles of the headings nested under section i (used as the body when the section has no text of its own).</summary>
    private static ImmutableArray<string> ChildTitles(IReadOnlyList<Section> sections, int i)
    {
        var children = ImmutableArray.CreateBuilder<string>();
        for (var j = i + 1; j < sections.Count && sections[j].Level > sections[i].Level; j++)
            if (sections[j].Level == sections[i].Level + 1) children.Add(sections[j].Title);
        return children.ToImmutable();
    }

    /// <summary>
    /// The content slides of one section: its text (all on one slide if it fits at some theme size, else continued),
    /// then a slide per picture (titled "…（图）" after text, with the plain title when the section is only
    /// pictures), then its link lists as reference slides. A section with a heading but no text still gets its titled
    /// slide (listing its sub-headings if it has any), so every heading appears as a slide title.
    /// </summary>
    private void AddContent(List<PlannedSlide> slides, Section section, string title, string anchorId, ImmutableArray<string> childTitles)
    {
        var location = section.Heading?.Location ?? section.Blocks.FirstOrDefault()?.Location;
        var notes = NotesText.For(section);
        var figures = new List<(Figure Figure, SlidePicture Picture)>();
        var body = _bodies.Build(section.Blocks.Where(b => !LinkLists.IsLinkList(b)), figure =>
        {
            if (pictures?.Load(figure) is not { } picture) return false;
            figures.Add((figure, picture));
            return true;
        });
        var references = _bodies.Build(section.Blocks.Where(LinkLists.IsLinkList));

        if (body.IsEmpty && figures.Count == 0 && !childTitles.IsEmpty)
            body = childTitles.Select(t => new SlideParagraph([new SlideRun(t, RunStyle.Plain)], 0, ParagraphMarker.Bullet)).ToImmutableArray();

        var headingNeedsSlide = section.Heading is not null && section.Level >= 3;
        var notesGiven = false;
        if (!body.IsEmpty || (references.IsEmpty && figures.Count == 0 && headingNeedsSlide))
        {
            AddFitted(slides, title, ContentKind.Body, body, notes, notesGiven, anchorId, location);
            anchorId = "";
            notesGiven = true;
        }
        foreach (var (figure, picture) in figures)
        {
            var pictureTitle = body.IsEmpty && figure == figures[0].Figure ? title : title + _words.FigureSuffix;
            var (fitted, size) = _titles.Fit(pictureTitle, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, figure.Location ?? location);
            var (box, captionBox, caption) = _pictureLayout.Place(picture, _bodies.Caption(figure));
            var pictureNotes = notesGiven ? NotesText.ForLaterSlide(notes, [string.Concat(caption.Select(r => r.Text))]) : notes;
            slides.Add(new PictureSlide(fitted, size, picture, box, caption, _pictureLayout.CaptionFontSize, captionBox, pictureNotes, anchorId,
                figure.Location ?? location));
            anchorId = "";
            notesGiven = true;
        }
        if (!references.IsEmpty)
            AddFitted(slides, title + _words.ReferencesSuffix, ContentKind.References, references, notes, notesGiven, anchorId, location);
    }

    private void AddFitted(List<PlannedSlide> slides, string title, ContentKind kind, ImmutableArray<SlideParagraph> body,
        string notes, bool notesGiven, string anchorId, SourceLocation? location)
    {
        if (!body.Any(p => p.BreaksSlide))
        {
            AddFittedPart(slides, title, kind, body, notes, notesGiven, anchorId, location, continued: false);
            return;
        }
        var parts = BodyBuilder.SplitAtBreaks(body);
        for (var i = 0; i < parts.Count; i++)
            AddFittedPart(slides, title, kind, parts[i], notes, notesGiven || i > 0, i == 0 ? anchorId : "", location, continued: i > 0);
    }

    /// <summary>One part of a body (between page breaks); a later part is titled as continued.</summary>
    private void AddFittedPart(List<PlannedSlide> slides, string title, ContentKind kind, ImmutableArray<SlideParagraph> body,
        string notes, bool notesGiven, string anchorId, SourceLocation? location, bool continued)
    {
        var fitted = _fitter.Fit(body, kind);
        var (firstTitle, firstSize) = _titles.Fit(title, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, location);
        var (nextTitle, nextSize) = fitted.Pages.Count > 1
            ? _titles.Fit(title + _words.Continued, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, location)
            : (firstTitle, firstSize);
        if (continued) (firstTitle, firstSize) = (nextTitle, nextSize) = _titles.Fit(title + _words.Continued, theme.TitleBox, theme.TitleFontSize, theme.MinTitleFontSize, location);
        for (var p = 0; p < fitted.Pages.Count; p++)
        {
            var isContinuation = continued || p > 0;
            var slideNotes = isContinuation || notesGiven ? NotesText.ForLaterSlide(notes, fitted.Pages[p].Select(b => b.Text)) : notes;
            slides.Add(new ContentSlide(p > 0 ? nextTitle : firstTitle, p > 0 ? nextSize : firstSize, kind, fitted.FontSize,
                fitted.Pages[p], slideNotes, p > 0 ? "" : anchorId, isContinuation, location)
            {
                Bands = CalloutBand.For(fitted.Pages[p], fitted.FontSize, kind, theme, paragraph => _fitter.Lines(paragraph, fitted.FontSize).Count),
            });
        }
    }
}
