using System.IO.Compression;
using System.Xml;
using GoOverview.Model.Files;

namespace GoOverview.Word.Styles;

/// <summary>
/// Reads the two things the writer takes from a reference .docx — the styles part and the body's last section
/// properties — straight from the zip, following the package relationships. Opening it with System.IO.Packaging
/// and typing the whole styles tree cost ~60 ms on every cold start.
/// </summary>
internal static class ReferencePackage
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The styles root element and the last body-level w:sectPr as XML (either null when absent).</summary>
    /// <exception cref="InvalidDataException">Not a zip file.</exception>
    /// <exception cref="FileRefusedException">Not a regular file, or larger than the reference package limits.</exception>
    /// <exception cref="XmlException">A part it needs is not well-formed XML.</exception>
    public static (string? Styles, string? Section) Read(string path)
    {
        using var zip = ReferenceZip.Open(path, "reference document");
        var main = Target(zip, "", "officeDocument");
        if (main is null) return (null, null);
        var styles = Target(zip, main, "styles");
        return (styles is null ? null : RootXml(zip, styles), LastBodySection(zip, main));
    }

    /// <summary>The part the first relationship of this type from <paramref name="source"/> points at ("" = the package).</summary>
    private static string? Target(ReferenceZip zip, string source, string typeSuffix)
    {
        var slash = source.LastIndexOf('/');
        var folder = slash < 0 ? "" : source[..(slash + 1)];
        var rels = Entry(zip, folder + "_rels/" + source[(slash + 1)..] + ".rels");
        if (rels is null) return null;
        using var reader = XmlReader.Create(zip.Open(rels));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNs) continue;
            if (reader.GetAttribute("TargetMode") == "External") continue;
            if (reader.GetAttribute("Type")?.EndsWith("/" + typeSuffix, StringComparison.Ordinal) != true) continue;
            return Resolve(folder, reader.GetAttribute("Target") ?? "");
        }
        return null;
    }

    private static string? RootXml(ReferenceZip zip, string part)
    {
        if (Entry(zip, part) is not { } entry) return null;
        using var reader = XmlReader.Create(zip.Open(entry));
        reader.MoveToContent();
        return reader.ReadOuterXml();
    }

    private static string? LastBodySection(ReferenceZip zip, string part)
    {
        if (Entry(zip, part) is not { } entry) return null;
        using var reader = XmlReader.Create(zip.Open(entry));
        reader.MoveToContent(); // w:document
        if (!reader.ReadToDescendant("body", W) || reader.IsEmptyElement) return null;
        var bodyDepth = reader.Depth;
        string? section = null;
        reader.Read();
        while (!reader.EOF && reader.Depth > bodyDepth)
        {
            if (reader.NodeType != XmlNodeType.Element) reader.Read();
            else if (reader.LocalName == "sectPr" && reader.NamespaceURI == W) section = reader.ReadOuterXml();
            else reader.Skip();
        }
        return section;
    }

    private static ZipArchiveEntry? Entry(ReferenceZip zip, string part) =>
        zip.GetEntry(part) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));

    /// <summary>A relationship target relative to <paramref name="folder"/> as a zip entry name (no leading slash).</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target : "/" + folder + target;
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(segment);
        }
        return string.Join('/', segments);
    }
}
