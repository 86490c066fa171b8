using GoOverview.Export.Packaging;
using System.Globalization;
using System.Xml.Linq;
using GoOverview.Model;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>docProps/core.xml: title, author, subject, keywords, language and the build's timestamp (so builds are identical).</summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the core properties into the package's existing core properties part, or a new docProps/core.xml.</summary>
    public static void Set(OpcPackage package, string title, Metadata metadata, DateTimeOffset timestamp)
    {
        var part = package.RelatedByType(package.Root, RelationshipTypes.CoreProperties).FirstOrDefault();
        if (part is null)
        {
            part = package.Find("/docProps/core.xml") ?? package.Add("/docProps/core.xml", ContentTypes.CoreProperties);
            package.Root.Relate(RelationshipTypes.CoreProperties, part);
        }
        var date = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        part.WriteXml(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XElement(Dc + "title", title),
            Optional(Dc + "subject", metadata.Subtitle),
            new XElement(Dc + "creator", metadata.AuthorLine.Length > 0 ? metadata.AuthorLine : "GoOverview"),
            Optional(Cp + "keywords", metadata.Keywords.IsDefaultOrEmpty ? "" : string.Join(", ", metadata.Keywords)),
            Optional(Dc + "description", metadata.Description),
            new XElement(Cp + "lastModifiedBy", "GoOverview"),
            Optional(Dc + "language", metadata.Lang),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date)));
    }

    private static XElement? Optional(XName name, string value) => value.Trim().Length > 0 ? new XElement(name, value.Trim()) : null;
}
