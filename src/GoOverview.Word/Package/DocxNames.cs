using GoOverview.Export.Packaging;

namespace GoOverview.Word.Package;

/// <summary>Relationship types of the parts the Word writer makes.</summary>
internal static class RelationshipTypes
{
    private const string Office = PackageRelationshipTypes.Office;

    public const string OfficeDocument = PackageRelationshipTypes.OfficeDocument;
    public const string CoreProperties = PackageRelationshipTypes.CoreProperties;
    public const string Styles = Office + "styles";
    public const string Numbering = Office + "numbering";
    public const string Settings = Office + "settings";
    public const string FontTable = Office + "fontTable";
    public const string Font = PackageRelationshipTypes.Font;
    public const string Footnotes = Office + "footnotes";
    public const string Header = Office + "header";
    public const string Footer = Office + "footer";
    public const string Image = PackageRelationshipTypes.Image;
    public const string Hyperlink = PackageRelationshipTypes.Hyperlink;
}

/// <summary>Content types of the parts the Word writer makes.</summary>
internal static class ContentTypes
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string Relationships = PackageContentTypes.Relationships;
    public const string CoreProperties = PackageContentTypes.CoreProperties;
    public const string Document = Wml + "document.main+xml";
    public const string Styles = Wml + "styles+xml";
    public const string Numbering = Wml + "numbering+xml";
    public const string Settings = Wml + "settings+xml";
    public const string FontTable = Wml + "fontTable+xml";
    public const string Footnotes = Wml + "footnotes+xml";
    public const string Header = Wml + "header+xml";
    public const string Footer = Wml + "footer+xml";
    public const string ObfuscatedFont = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
}
