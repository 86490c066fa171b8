using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Navigation;

/// <summary>toc.ncx: the same heading tree for EPUB 2 reading systems (older Kindles and Kobos).</summary>
internal static class NcxDocument
{
    private const string Ns = "http://www.daisy.org/z3986/2005/ncx/";

    public static byte[] Write(BookState book, string identifier, ImmutableArray<TocEntry> toc)
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, XmlSettings.Create(indent: true)))
        {
            x.WriteStartDocument();
            x.WriteStartElement("ncx", Ns);
            x.WriteAttributeString("version", "2005-1");
            x.WriteAttributeString("xml", "lang", null, book.Language);
            x.WriteStartElement("head", Ns);
            Meta(x, "dtb:uid", identifier);
            Meta(x, "dtb:depth", Depth(toc).ToString(CultureInfo.InvariantCulture));
            Meta(x, "dtb:totalPageCount", "0");
            Meta(x, "dtb:maxPageNumber", "0");
            x.WriteEndElement();
            x.WriteStartElement("docTitle", Ns);
            x.WriteElementString("text", Ns, book.CleanText(book.Plan.Title, null));
            x.WriteEndElement();
            x.WriteStartElement("navMap", Ns);
            var order = 0;
            WritePoints(x, book, toc, ref order);
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WritePoints(XmlWriter x, BookState book, ImmutableArray<TocEntry> entries, ref int order)
    {
        foreach (var entry in entries)
        {
            order++;
            x.WriteStartElement("navPoint", Ns);
            x.WriteAttributeString("id", "navpoint-" + order.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("playOrder", order.ToString(CultureInfo.InvariantCulture));
            x.WriteStartElement("navLabel", Ns);
            x.WriteElementString("text", Ns, book.CleanText(entry.Text, null));
            x.WriteEndElement();
            x.WriteStartElement("content", Ns);
            x.WriteAttributeString("src", entry.Href);
            x.WriteEndElement();
            WritePoints(x, book, entry.Children, ref order);
            x.WriteEndElement();
        }
    }

    private static int Depth(ImmutableArray<TocEntry> entries) =>
        entries.Length == 0 ? 0 : 1 + entries.Max(e => Depth(e.Children));

    private static void Meta(XmlWriter x, string name, string content)
    {
        x.WriteStartElement("meta", Ns);
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("content", content);
        x.WriteEndElement();
    }
}
