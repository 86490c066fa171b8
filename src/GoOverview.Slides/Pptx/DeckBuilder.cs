using GoOverview.Export.Packaging;
using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Pptx.Fonts;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// Fills a template package with the planned slides: one slide part per planned slide on the layout of its kind,
/// hyperlinks, slide numbers, a notes slide for every content slide, and the core properties.
/// </summary>
internal sealed class DeckBuilder(OpcPackage package, OpcPart presentation, ExportContext context, string fontFamily, string monoFamily,
    bool embedFonts = true, GoOverview.Layout.ShapingFonts? shaping = null)
{
    /// <param name="characters">What the embedded fonts are cut down to (every character of the plan).</param>
    public void Fill(SlidePlan plan, IReadOnlyCollection<int> characters, Metadata metadata)
    {
        var diagnostics = context.Diagnostics;
        var theme = plan.Theme;
        var cleaner = new XmlTextCleaner(diagnostics);
        var runXml = new RunXml(cleaner, fontFamily, monoFamily, context.Fonts);
        var paragraphs = new ParagraphXml(theme, runXml);
        var slideXml = new SlideXml(theme, paragraphs);
        var notesXml = new NotesXml();
        var layouts = new LayoutCatalog(package, presentation, diagnostics);
        var (notesMaster, notesMasterId) = EnsureNotesMaster(theme);
        var media = new MediaParts(package);
        using var textBoxPictures = shaping is null ? null : new SlidesPdf.TextBoxPicture(theme, shaping);

        var parts = new List<OpcPart>();
        var relationshipIds = new List<string>();
        var anchors = new Dictionary<string, OpcPart>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Slides.Length; i++)
        {
            var part = package.AddNumbered("/ppt/slides/slide{0}.xml", ContentTypes.Slide);
            relationshipIds.Add(presentation.Relate(RelationshipTypes.Slide, part, $"rIdGoSlide{i + 1}"));
            part.Relate(RelationshipTypes.SlideLayout, LayoutFor(plan.Slides[i], layouts).Part, "rId1");
            parts.Add(part);
            var anchor = plan.Slides[i] switch { SectionSlide s => s.AnchorId, ContentSlide c => c.AnchorId, PictureSlide p => p.AnchorId, TableSlide t => t.AnchorId, _ => "" };
            if (anchor.Length > 0) anchors.TryAdd(anchor, part);
            if (plan.Slides[i] is ContentSlide { SubheadingAnchors: var more })
                foreach (var id in more) anchors.TryAdd(id, part);
        }

        for (var i = 0; i < plan.Slides.Length; i++)
        {
            var slide = plan.Slides[i];
            var links = new SlideLinks(parts[i], anchors, diagnostics);
            var part = parts[i];
            parts[i].WriteXml(slideXml.Build(slide, LayoutFor(slide, layouts), i + 1, links.Make,
                picture => part.Relate(RelationshipTypes.Image, media.PartFor(picture)),
                textBoxPictures is null ? null : (s, body, box) =>
                {
                    var (png, drawn) = textBoxPictures.Png(s, body, box);
                    return (part.Relate(RelationshipTypes.Image, media.PartFor(png)), drawn);
                }));
            if (NotesOf(slide) is { } notesText)
            {
                var notes = package.AddNumbered("/ppt/notesSlides/notesSlide{0}.xml", ContentTypes.NotesSlide);
                parts[i].Relate(RelationshipTypes.NotesSlide, notes, "rIdNotes");
                notes.Relate(RelationshipTypes.NotesMaster, notesMaster, "rId1");
                notes.Relate(RelationshipTypes.Slide, parts[i], "rId2");
                notes.WriteXml(notesXml.Build(cleaner.Clean(notesText, slide.Location)));
            }
        }
        var fonts = embedFonts ? EmbeddedFonts.Add(package, presentation, context.Fonts, characters, CodeFaces.Of(plan), runXml.UsedFallbacks) : [];
        PresentationList.SetSlides(presentation, relationshipIds, notesMasterId, fonts);
        var title = plan.Slides.OfType<TitleSlide>().FirstOrDefault(t => !t.IsClosing)?.Title ?? metadata.Title;
        CoreProperties.Set(package, title, metadata, context.Timestamp);
    }

    private static string? NotesOf(PlannedSlide slide) => slide switch
    {
        ContentSlide c => c.Notes,
        PictureSlide p => p.Notes,
        TableSlide t => t.Notes,
        _ => null,
    };

    private static LayoutChoice LayoutFor(PlannedSlide slide, LayoutCatalog layouts) => slide switch
    {
        TitleSlide => layouts.Title,
        SectionSlide => layouts.Section,
        _ => layouts.Content,
    };

    private (OpcPart Part, string? NewRelationshipId) EnsureNotesMaster(SlideTheme theme)
    {
        if (package.RelatedByType(presentation, RelationshipTypes.NotesMaster).FirstOrDefault() is { } existing) return (existing, null);
        var part = DefaultTemplate.AddNotesMaster(package, theme, fontFamily);
        return (part, presentation.Relate(RelationshipTypes.NotesMaster, part, "rIdGoNotesMaster"));
    }
}
