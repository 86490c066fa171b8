using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using GoOverview.Model;

namespace GoOverview.Epub.Packaging;

/// <summary>What package.opf lists: metadata, every item in manifest order, and the reading order.</summary>
internal sealed record PackageContents(
    string Identifier,
    string Title,
    string Language,
    Metadata Metadata,
    DateTimeOffset Modified,
    IReadOnlyList<PackageItem> Items,
    IReadOnlyList<string> SpineIds,
    string? CoverImageId);

/// <summary>Writes package.opf (EPUB 3.0, with the EPUB 2 cover meta and NCX reference older readers use).</summary>
internal static partial class PackageDocument
{
    private const string OpfNs = "http://www.idpf.org/2007/opf";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(PackageContents c) => MetaInfFiles.Xml(x =>
    {
        x.WriteStartElement("package", OpfNs);
        x.WriteAttributeString("version", "3.0");
        x.WriteAttributeString("unique-identifier", "book-id");
        x.WriteAttributeString("xml", "lang", null, c.Language);
        x.WriteAttributeString("prefix", "ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/");

        x.WriteStartElement("metadata", OpfNs);
        x.WriteAttributeString("xmlns", "dc", null, DcNs);
        Dc(x, "identifier", c.Identifier, "book-id");
        Dc(x, "title", c.Title);
        Dc(x, "language", c.Language);
        var n = 0;
        foreach (var author in c.Metadata.Authors.Where(a => a.Trim().Length > 0)) Dc(x, "creator", author.Trim(), "creator-" + ++n);
        if (W3cDate().IsMatch(c.Metadata.Date.Trim())) Dc(x, "date", c.Metadata.Date.Trim());
        if (c.Metadata.Description.Trim().Length > 0) Dc(x, "description", c.Metadata.Description.Trim());
        foreach (var keyword in c.Metadata.Keywords.Where(k => k.Trim().Length > 0)) Dc(x, "subject", keyword.Trim());
        x.WriteStartElement("meta", OpfNs);
        x.WriteAttributeString("property", "dcterms:modified");
        x.WriteString(c.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        x.WriteEndElement();
        x.WriteStartElement("meta", OpfNs);
        x.WriteAttributeString("property", "ibooks:specified-fonts");
        x.WriteString("true");
        x.WriteEndElement();
        AccessibilityMetadata.Write(x, c);
        if (c.CoverImageId is not null)
        {
            x.WriteStartElement("meta", OpfNs);
            x.WriteAttributeString("name", "cover");
            x.WriteAttributeString("content", c.CoverImageId);
            x.WriteEndElement();
        }
        x.WriteEndElement();

        x.WriteStartElement("manifest", OpfNs);
        foreach (var item in c.Items)
        {
            x.WriteStartElement("item", OpfNs);
            x.WriteAttributeString("id", item.Id);
            x.WriteAttributeString("href", item.Path);
            x.WriteAttributeString("media-type", item.MediaType);
            if (item.Properties.Length > 0) x.WriteAttributeString("properties", item.Properties);
            x.WriteEndElement();
        }
        x.WriteEndElement();

        x.WriteStartElement("spine", OpfNs);
        x.WriteAttributeString("toc", "ncx");
        foreach (var id in c.SpineIds)
        {
            x.WriteStartElement("itemref", OpfNs);
            x.WriteAttributeString("idref", id);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
    });

    private static void Dc(XmlWriter x, string name, string value, string? id = null)
    {
        x.WriteStartElement("dc", name, DcNs);
        if (id is not null) x.WriteAttributeString("id", id);
        x.WriteString(value);
        x.WriteEndElement();
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex W3cDate();
}
