using System.Globalization;
using System.Xml.Linq;
using GoOverview.Model;

namespace GoOverview.Export.Packaging;

/// <summary>
/// docProps/core.xml of every Office package: title, author, subject, keywords, description, language and the build's
/// timestamp (so builds are identical). Written into the package's existing core-properties part (a template's), or a new one.
/// </summary>
public static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Set(OpcPackage package, string title, Metadata metadata, DateTimeOffset timestamp)
    {
        var part = package.RelatedByType(package.Root, PackageRelationshipTypes.CoreProperties).FirstOrDefault();
        if (part is null)
        {
            part = package.Find("/docProps/core.xml") ?? package.Add("/docProps/core.xml", PackageContentTypes.CoreProperties);
            package.Root.Relate(PackageRelationshipTypes.CoreProperties, part);
        }
        var date = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        part.WriteXml(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XElement(Dc + "title", XmlChars.Clean(title, out _)),
            Optional(Dc + "subject", metadata.Subtitle),
            new XElement(Dc + "creator", metadata.AuthorLine.Length > 0 ? XmlChars.Clean(metadata.AuthorLine, out _) : "GoOverview"),
            Optional(Cp + "keywords", metadata.Keywords.IsDefaultOrEmpty ? "" : string.Join(", ", metadata.Keywords)),
            Optional(Dc + "description", metadata.Description),
            new XElement(Cp + "lastModifiedBy", "GoOverview"),
            new XElement(Dc + "language", metadata.Lang.Trim().Length > 0 ? metadata.Lang.Trim() : Metadata.DefaultLang),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date)));
    }

    private static XElement? Optional(XName name, string value) =>
        value.Trim().Length > 0 ? new XElement(name, XmlChars.Clean(value.Trim(), out _)) : null;
}
