using System.Xml;
using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Packaging;

/// <summary>The files under META-INF/: container.xml, Apple's display options, encryption.xml (obfuscated fonts).</summary>
internal static class MetaInfFiles
{
    private const string ContainerNs = "urn:oasis:names:tc:opendocument:xmlns:container";

    public static byte[] Container() => Xml(x =>
    {
        x.WriteStartElement("container", ContainerNs);
        x.WriteAttributeString("version", "1.0");
        x.WriteStartElement("rootfiles", ContainerNs);
        x.WriteStartElement("rootfile", ContainerNs);
        x.WriteAttributeString("full-path", BookPaths.PackageDocument);
        x.WriteAttributeString("media-type", "application/oebps-package+xml");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    });

    /// <summary>Without specified-fonts=true Apple Books ignores embedded fonts.</summary>
    public static byte[] AppleDisplayOptions() => Xml(x =>
    {
        x.WriteStartElement("display_options");
        x.WriteStartElement("platform");
        x.WriteAttributeString("name", "*");
        x.WriteStartElement("option");
        x.WriteAttributeString("name", "specified-fonts");
        x.WriteString("true");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    });

    public static byte[] Encryption(IEnumerable<string> obfuscatedPaths) => Xml(x =>
    {
        const string enc = "http://www.w3.org/2001/04/xmlenc#";
        x.WriteStartElement("encryption", ContainerNs);
        x.WriteAttributeString("xmlns", "enc", null, enc);
        foreach (var path in obfuscatedPaths)
        {
            x.WriteStartElement("enc", "EncryptedData", enc);
            x.WriteStartElement("enc", "EncryptionMethod", enc);
            x.WriteAttributeString("Algorithm", FontObfuscation.Algorithm);
            x.WriteEndElement();
            x.WriteStartElement("enc", "CipherData", enc);
            x.WriteStartElement("enc", "CipherReference", enc);
            x.WriteAttributeString("URI", path);
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    });

    public static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, XmlSettings.Create(indent: true)))
        {
            x.WriteStartDocument();
            write(x);
            x.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
