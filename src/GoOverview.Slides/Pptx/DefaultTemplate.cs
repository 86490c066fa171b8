using GoOverview.Export.Packaging;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// The built-in template: a 16:9 presentation with one master ("Title Slide", "Section Header", "Title and
/// Content" layouts), a theme whose fonts name the CJK family for Latin and East Asian text, and a notes master.
/// Built as a package without slides; the deck writer adds the slides exactly as it does to a user template.
/// </summary>
internal static class DefaultTemplate
{
    public static OpcPackage Create(SlideTheme theme, string fontFamily)
    {
        var package = new OpcPackage();
        var presentation = package.Add("/ppt/presentation.xml", ContentTypes.Presentation);
        package.Root.Relate(RelationshipTypes.OfficeDocument, presentation, "rId1");

        var master = package.Add("/ppt/slideMasters/slideMaster1.xml", ContentTypes.SlideMaster);
        var layouts = new (string Name, string Type)[]
        {
            (TemplateXml.TitleSlideLayout, "title"),
            (TemplateXml.SectionHeaderLayout, "secHead"),
            (TemplateXml.TitleAndContentLayout, "obj"),
        };
        var layoutIds = new List<string>();
        for (var i = 0; i < layouts.Length; i++)
        {
            var layout = package.Add($"/ppt/slideLayouts/slideLayout{i + 1}.xml", ContentTypes.SlideLayout);
            layout.WriteXml(TemplateXml.Layout(layouts[i].Name, layouts[i].Type, theme));
            layout.Relate(RelationshipTypes.SlideMaster, master, "rId1");
            layoutIds.Add(master.Relate(RelationshipTypes.SlideLayout, layout, $"rId{i + 1}"));
        }
        var themePart = package.Add("/ppt/theme/theme1.xml", ContentTypes.Theme);
        themePart.WriteXml(ThemeXml.Create("GoOverview", fontFamily));
        master.Relate(RelationshipTypes.Theme, themePart, $"rId{layouts.Length + 1}");
        master.WriteXml(TemplateXml.Master(theme, layoutIds));

        var notesMaster = AddNotesMaster(package, theme, fontFamily);
        presentation.Relate(RelationshipTypes.SlideMaster, master, "rId1");
        presentation.Relate(RelationshipTypes.NotesMaster, notesMaster, "rId2");
        presentation.Relate(RelationshipTypes.Theme, themePart, "rId3");
        AddXml(package, presentation, "/ppt/presProps.xml", ContentTypes.PresentationProperties, RelationshipTypes.PresentationProperties, PresentationProperties);
        AddXml(package, presentation, "/ppt/viewProps.xml", ContentTypes.ViewProperties, RelationshipTypes.ViewProperties, ViewProperties);
        AddXml(package, presentation, "/ppt/tableStyles.xml", ContentTypes.TableStyles, RelationshipTypes.TableStyles, TableStyles);
        presentation.WriteXml(TemplateXml.Presentation(theme, "rId1", "rId2"));
        return package;
    }

    /// <summary>Adds a notes master (with its own theme, as PowerPoint does); the caller relates it to the presentation.</summary>
    public static OpcPart AddNotesMaster(OpcPackage package, SlideTheme theme, string fontFamily)
    {
        var notesMaster = package.AddNumbered("/ppt/notesMasters/notesMaster{0}.xml", ContentTypes.NotesMaster);
        var notesTheme = package.AddNumbered("/ppt/theme/theme{0}.xml", ContentTypes.Theme);
        notesTheme.WriteXml(ThemeXml.Create("GoOverview Notes", fontFamily));
        notesMaster.Relate(RelationshipTypes.Theme, notesTheme, "rId1");
        notesMaster.WriteXml(TemplateXml.NotesMaster(theme));
        return notesMaster;
    }

    private static void AddXml(OpcPackage package, OpcPart presentation, string name, string contentType, string relationshipType, string xml)
    {
        var part = package.Add(name, contentType);
        part.WriteXml(xml);
        presentation.Relate(relationshipType, part);
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
