using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GoOverview.Word.Package;

/// <summary>
/// The .docx zip written directly: parts in the order they were added, relationship ids "rIdN" in call order,
/// every entry dated with the build timestamp, so the same input gives the same bytes. (System.IO.Packaging used
/// the clock for entry dates and random relationship ids and part names, and cost ~30 ms of cold start.)
/// </summary>
internal sealed class DocxPackage
{
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = false };
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<DocxPart> _parts = new();
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The package's own relationships (main document, core properties).</summary>
    public DocxPart Root { get; } = new("", "");

    public DocxPart Add(string name, string contentType)
    {
        if (!_names.Add(name)) throw new InvalidOperationException($"part {name} already exists");
        var part = new DocxPart(name, contentType);
        _parts.Add(part);
        return part;
    }

    /// <summary>A new part named by <paramref name="pattern"/> ("/word/media/image{0}.png") with the next free number.</summary>
    public DocxPart AddNumbered(string pattern, string contentType)
    {
        for (var n = 1; ; n++)
        {
            var name = string.Format(CultureInfo.InvariantCulture, pattern, n);
            if (!_names.Contains(name)) return Add(name, contentType);
        }
    }

    /// <summary>Adds a part and relates <paramref name="source"/> to it.</summary>
    public DocxPart AddRelated(DocxPart source, string relationshipType, string name, string contentType, out string relationshipId)
    {
        var part = Add(name, contentType);
        relationshipId = source.Relate(relationshipType, part);
        return part;
    }

    /// <summary>Writes content types, the package relationships, then each part followed by its relationships.</summary>
    public void Write(Stream output, DateTimeOffset timestamp)
    {
        var date = timestamp < ZipEpoch ? ZipEpoch : timestamp;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        void Entry(string name, CompressionLevel level, Action<Stream> write)
        {
            var entry = zip.CreateEntry(name.TrimStart('/'), level);
            entry.LastWriteTime = date;
            using var stream = entry.Open();
            write(stream);
        }
        Entry("[Content_Types].xml", CompressionLevel.Fastest, s => WriteXml(s, ContentTypesXml));
        Entry("_rels/.rels", CompressionLevel.Fastest, s => WriteXml(s, w => RelationshipsXml(w, Root)));
        foreach (var part in _parts)
        {
            if (part.Root is { } root) Entry(part.Name, CompressionLevel.Fastest, s => WriteXml(s, root.WriteTo));
            else Entry(part.Name, CompressionLevel.Fastest, s => s.Write(part.Data));
            if (part.Relationships.Count > 0) Entry(RelationshipsPartOf(part.Name), CompressionLevel.Fastest, s => WriteXml(s, w => RelationshipsXml(w, part)));
        }
    }

    private static void WriteXml(Stream stream, Action<XmlWriter> write)
    {
        using var writer = XmlWriter.Create(stream, WriterSettings);
        writer.WriteStartDocument(standalone: true);
        write(writer);
    }

    private void ContentTypesXml(XmlWriter w)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        var extensions = new List<string> { "rels", "xml" };
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal) { ["rels"] = ContentTypes.Relationships, ["xml"] = "application/xml" };
        var overrides = new List<DocxPart>();
        foreach (var part in _parts)
        {
            var extension = Extension(part.Name);
            if (extension == "xml") overrides.Add(part);
            else if (defaults.TryAdd(extension, part.ContentType)) extensions.Add(extension);
            else if (defaults[extension] != part.ContentType) overrides.Add(part);
        }
        foreach (var extension in extensions)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", defaults[extension]);
            w.WriteEndElement();
        }
        foreach (var part in overrides)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part.Name);
            w.WriteAttributeString("ContentType", part.ContentType);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void RelationshipsXml(XmlWriter w, DocxPart part)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        w.WriteStartElement("Relationships", ns);
        foreach (var r in part.Relationships)
        {
            w.WriteStartElement("Relationship", ns);
            w.WriteAttributeString("Id", r.Id);
            w.WriteAttributeString("Type", r.Type);
            w.WriteAttributeString("Target", r.External ? r.Target : Relative(part.Name, r.Target));
            if (r.External) w.WriteAttributeString("TargetMode", "External");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>"/word/document.xml" → "/word/_rels/document.xml.rels".</summary>
    private static string RelationshipsPartOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <summary>The target as written in the source's relationships: relative to its folder when below it, else absolute.</summary>
    private static string Relative(string source, string target)
    {
        var folder = source.Length == 0 ? "/" : source[..(source.LastIndexOf('/') + 1)];
        return target.StartsWith(folder, StringComparison.Ordinal) ? target[folder.Length..] : target;
    }

    private static string Extension(string part)
    {
        var name = part[(part.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name[(dot + 1)..].ToLowerInvariant();
    }
}
