using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GoOverview.Slides.Pptx;

/// <summary>Writes a part's XML (UTF-8, standalone declaration, as Office writes it) and reads it back as XElement.</summary>
internal static class PartXml
{
    public static void Write(OpenXmlPart part, XElement root)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
        }
        buffer.Position = 0;
        part.FeedData(buffer);
    }

    public static void Write(OpenXmlPart part, string xml)
    {
        using var buffer = new MemoryStream(new UTF8Encoding(false).GetBytes(xml.Trim()));
        part.FeedData(buffer);
    }

    public static XElement Read(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XElement.Load(stream);
    }
}
