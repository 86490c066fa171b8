namespace GoOverview.Export.Packaging;

/// <summary>Relationship types every Office package uses; each writer lists its own beside it.</summary>
public static class PackageRelationshipTypes
{
    public const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string OfficeDocument = Office + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string Image = Office + "image";
    public const string Hyperlink = Office + "hyperlink";
    public const string Font = Office + "font";
}

/// <summary>Content types every Office package uses.</summary>
public static class PackageContentTypes
{
    public const string Relationships = "application/vnd.openxmlformats-package.relationships+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
}
