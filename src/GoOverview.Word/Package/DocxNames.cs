namespace GoOverview.Word.Package;

/// <summary>Relationship types of the parts the Word writer makes.</summary>
internal static class RelationshipTypes
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string OfficeDocument = Office + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string Styles = Office + "styles";
    public const string Numbering = Office + "numbering";
    public const string Settings = Office + "settings";
    public const string FontTable = Office + "fontTable";
    public const string Font = Office + "font";
    public const string Footnotes = Office + "footnotes";
    public const string Header = Office + "header";
    public const string Footer = Office + "footer";
    public const string Image = Office + "image";
    public const string Hyperlink = Office + "hyperlink";
}

/// <summary>Content types of the parts the Word writer makes.</summary>
internal static class ContentTypes
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string Relationships = "application/vnd.openxmlformats-package.relationships+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
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
