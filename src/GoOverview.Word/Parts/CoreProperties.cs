using GoOverview.Export.Packaging;
using System.Globalization;
using System.Text;
using System.Xml;
using GoOverview.Model;
using GoOverview.Word.Package;

namespace GoOverview.Word.Parts;

/// <summary>docProps/core.xml: title, creator, language, description, keywords and the build's fixed timestamp.</summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(OpcPackage package, WordBuild build, string title)
    {
        var m = build.Document.Metadata;
        var part = package.AddRelated(package.Root, RelationshipTypes.CoreProperties, "/docProps/core.xml", ContentTypes.CoreProperties);
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument(standalone: true);
            w.WriteStartElement("cp", "coreProperties", Cp);
            w.WriteAttributeString("xmlns", "dc", null, Dc);
            w.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            w.WriteElementString("dc", "title", Dc, build.Clean(title, null));
            if (m.Subtitle.Length > 0) w.WriteElementString("dc", "subject", Dc, build.Clean(m.Subtitle, null));
            if (m.Authors.Length > 0) w.WriteElementString("dc", "creator", Dc, build.Clean(string.Join("; ", m.Authors), null));
            if (m.Keywords.Length > 0) w.WriteElementString("cp", "keywords", Cp, build.Clean(string.Join(", ", m.Keywords), null));
            if (m.Description.Length > 0) w.WriteElementString("dc", "description", Dc, build.Clean(m.Description, null));
            w.WriteElementString("dc", "language", Dc, m.Lang.Length > 0 ? m.Lang : Metadata.DefaultLang);
            var date = build.Context.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (var name in new[] { "created", "modified" })
            {
                w.WriteStartElement("dcterms", name, DcTerms);
                w.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                w.WriteString(date);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        part.Data = buffer.ToArray();
    }
}
