using DocumentFormat.OpenXml.Packaging;
using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// Fills an opened template package with the planned slides: one slide part per planned slide on the layout of its
/// kind, hyperlinks, slide numbers, a notes slide for every content slide, and the core properties.
/// </summary>
internal sealed class DeckBuilder(PresentationDocument package, ExportContext context, string fontFamily, string monoFamily)
{
    public void Fill(SlidePlan plan, Metadata metadata)
    {
        var presentation = package.PresentationPart ?? throw new ContentException("the slide template has no presentation part");
        var diagnostics = context.Diagnostics;
        var theme = plan.Theme;
        var cleaner = new XmlTextCleaner(diagnostics);
        var paragraphs = new ParagraphXml(theme, new RunXml(cleaner, fontFamily, monoFamily));
        var slideXml = new SlideXml(theme, paragraphs);
        var notesXml = new NotesXml(paragraphs);
        var layouts = new LayoutCatalog(presentation, diagnostics);
        var (notesMaster, notesMasterId) = EnsureNotesMaster(presentation, theme);

        var parts = new List<SlidePart>();
        var relationshipIds = new List<string>();
        var anchors = new Dictionary<string, SlidePart>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Slides.Length; i++)
        {
            var id = $"rIdGoSlide{i + 1}";
            var part = presentation.AddNewPart<SlidePart>(id);
            part.AddPart(LayoutFor(plan.Slides[i], layouts).Part, "rId1");
            parts.Add(part);
            relationshipIds.Add(id);
            var anchor = plan.Slides[i] switch { SectionSlide s => s.AnchorId, ContentSlide c => c.AnchorId, _ => "" };
            if (anchor.Length > 0) anchors.TryAdd(anchor, part);
        }

        for (var i = 0; i < plan.Slides.Length; i++)
        {
            var slide = plan.Slides[i];
            var links = new SlideLinks(parts[i], anchors, diagnostics);
            PartXml.Write(parts[i], slideXml.Build(slide, LayoutFor(slide, layouts), i + 1, links.Make));
            if (slide is ContentSlide content)
            {
                var notes = parts[i].AddNewPart<NotesSlidePart>("rIdNotes");
                notes.AddPart(notesMaster, "rId1");
                notes.AddPart(parts[i], "rId2");
                PartXml.Write(notes, notesXml.Build(cleaner.Clean(content.Notes, content.Location)));
            }
        }
        PresentationList.SetSlides(presentation, relationshipIds, notesMasterId);
        SetCoreProperties(plan, metadata);
    }

    private static LayoutChoice LayoutFor(PlannedSlide slide, LayoutCatalog layouts) => slide switch
    {
        TitleSlide => layouts.Title,
        SectionSlide => layouts.Section,
        _ => layouts.Content,
    };

    private (NotesMasterPart Part, string? NewRelationshipId) EnsureNotesMaster(PresentationPart presentation, SlideTheme theme)
    {
        if (presentation.NotesMasterPart is { } existing) return (existing, null);
        const string id = "rIdGoNotesMaster";
        var part = presentation.AddNewPart<NotesMasterPart>(id);
        DefaultTemplate.AddNotesMaster(part, theme, fontFamily);
        return (part, id);
    }

    private void SetCoreProperties(SlidePlan plan, Metadata metadata)
    {
        var properties = package.PackageProperties;
        var title = plan.Slides.OfType<TitleSlide>().FirstOrDefault()?.Title ?? metadata.Title;
        properties.Title = title;
        properties.Creator = metadata.AuthorLine.Length > 0 ? metadata.AuthorLine : "GoOverview";
        properties.LastModifiedBy = "GoOverview";
        properties.Subject = metadata.Subtitle.Length > 0 ? metadata.Subtitle : null;
        properties.Description = metadata.Description.Length > 0 ? metadata.Description : null;
        properties.Keywords = metadata.Keywords.IsDefaultOrEmpty ? null : string.Join(", ", metadata.Keywords);
        properties.Language = metadata.Lang;
        properties.Created = context.Timestamp.UtcDateTime;
        properties.Modified = context.Timestamp.UtcDateTime;
    }
}
