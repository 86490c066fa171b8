using GoOverview.Export.Packaging;

namespace GoOverview.Slides.Pptx.Package;

/// <summary>Relationship types the deck writer uses.</summary>
internal static class RelationshipTypes
{
    private const string Office = PackageRelationshipTypes.Office;

    public const string OfficeDocument = PackageRelationshipTypes.OfficeDocument;
    public const string CoreProperties = PackageRelationshipTypes.CoreProperties;
    public const string Slide = Office + "slide";
    public const string SlideLayout = Office + "slideLayout";
    public const string SlideMaster = Office + "slideMaster";
    public const string NotesMaster = Office + "notesMaster";
    public const string NotesSlide = Office + "notesSlide";
    public const string Theme = Office + "theme";
    public const string PresentationProperties = Office + "presProps";
    public const string ViewProperties = Office + "viewProps";
    public const string TableStyles = Office + "tableStyles";
    public const string Hyperlink = PackageRelationshipTypes.Hyperlink;
    public const string Image = PackageRelationshipTypes.Image;
    public const string Font = PackageRelationshipTypes.Font;
}

/// <summary>Content types of the parts the deck writer makes.</summary>
internal static class ContentTypes
{
    private const string Pml = "application/vnd.openxmlformats-officedocument.presentationml.";

    public const string Relationships = PackageContentTypes.Relationships;
    public const string CoreProperties = PackageContentTypes.CoreProperties;
    public const string Presentation = Pml + "presentation.main+xml";
    public const string Slide = Pml + "slide+xml";
    public const string SlideLayout = Pml + "slideLayout+xml";
    public const string SlideMaster = Pml + "slideMaster+xml";
    public const string NotesMaster = Pml + "notesMaster+xml";
    public const string NotesSlide = Pml + "notesSlide+xml";
    public const string PresentationProperties = Pml + "presProps+xml";
    public const string ViewProperties = Pml + "viewProps+xml";
    public const string TableStyles = Pml + "tableStyles+xml";
    public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    public const string FontData = "application/x-fontdata";
}
