using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// The built-in template: a 16:9 presentation with one master ("Title Slide", "Section Header", "Title and
/// Content" layouts), a theme whose fonts name the CJK family for Latin and East Asian text, and a notes master.
/// Built as a package without slides; the deck writer adds the slides exactly as it does to a user template.
/// </summary>
internal static class DefaultTemplate
{
    public static byte[] Create(SlideTheme theme, string fontFamily)
    {
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var layouts = new (string Name, string Type)[]
            {
                (TemplateXml.TitleSlideLayout, "title"),
                (TemplateXml.SectionHeaderLayout, "secHead"),
                (TemplateXml.TitleAndContentLayout, "obj"),
            };
            var layoutIds = new List<string>();
            for (var i = 0; i < layouts.Length; i++)
            {
                var id = $"rId{i + 1}";
                var layout = master.AddNewPart<SlideLayoutPart>(id);
                PartXml.Write(layout, TemplateXml.Layout(layouts[i].Name, layouts[i].Type, theme));
                layout.AddPart(master, "rId1");
                layoutIds.Add(id);
            }
            var themePart = master.AddNewPart<ThemePart>($"rId{layouts.Length + 1}");
            PartXml.Write(themePart, ThemeXml.Create("GoOverview", fontFamily));
            PartXml.Write(master, TemplateXml.Master(theme, layoutIds));

            var notesMaster = presentation.AddNewPart<NotesMasterPart>("rId2");
            AddNotesMaster(notesMaster, theme, fontFamily);
            presentation.AddPart(themePart, "rId3");
            PartXml.Write(presentation.AddNewPart<PresentationPropertiesPart>("rId4"), PresentationProperties);
            PartXml.Write(presentation.AddNewPart<ViewPropertiesPart>("rId5"), ViewProperties);
            PartXml.Write(presentation.AddNewPart<TableStylesPart>("rId6"), TableStyles);
            PartXml.Write(presentation, TemplateXml.Presentation(theme, "rId1", "rId2"));
        }
        return buffer.ToArray();
    }

    /// <summary>Fills a notes master (and gives it its own theme, as PowerPoint does).</summary>
    public static void AddNotesMaster(NotesMasterPart notesMaster, SlideTheme theme, string fontFamily)
    {
        PartXml.Write(notesMaster.AddNewPart<ThemePart>("rId1"), ThemeXml.Create("GoOverview Notes", fontFamily));
        PartXml.Write(notesMaster, TemplateXml.NotesMaster(theme));
    }

    private const string PresentationProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:presentationPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>
        """;

    private const string ViewProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:viewPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="80000"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>
        """;

    private const string TableStyles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>
        """;
}
