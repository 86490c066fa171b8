namespace GoOverview.Slides.Pptx.Package;

/// <summary>A relationship of a part (or of the package): Target is a part name ("/ppt/slides/slide1.xml") or, when External, a URI.</summary>
internal sealed record OpcRelationship(string Id, string Type, string Target, bool External);

/// <summary>Relationship types the deck writer uses.</summary>
internal static class RelationshipTypes
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string OfficeDocument = Office + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string Slide = Office + "slide";
    public const string SlideLayout = Office + "slideLayout";
    public const string SlideMaster = Office + "slideMaster";
    public const string NotesMaster = Office + "notesMaster";
    public const string NotesSlide = Office + "notesSlide";
    public const string Theme = Office + "theme";
    public const string PresentationProperties = Office + "presProps";
    public const string ViewProperties = Office + "viewProps";
    public const string TableStyles = Office + "tableStyles";
    public const string Hyperlink = Office + "hyperlink";
    public const string Image = Office + "image";
    public const string Font = Office + "font";
}

/// <summary>Content types of the parts the deck writer makes.</summary>
internal static class ContentTypes
{
    private const string Pml = "application/vnd.openxmlformats-officedocument.presentationml.";

    public const string Relationships = "application/vnd.openxmlformats-package.relationships+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
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
