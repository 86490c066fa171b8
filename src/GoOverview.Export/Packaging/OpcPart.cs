using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Export.Packaging;

/// <summary>One part of an <see cref="OpcPackage"/>: its name, content type, bytes and relationships.</summary>
public sealed class OpcPart(string name, string contentType)
{
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    private readonly List<OpcRelationship> _relationships = new();
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);

    /// <summary>The part name, e.g. "/ppt/slides/slide1.xml"; "" for the package itself (which only has relationships).</summary>
    public string Name { get; } = name;

    public string ContentType { get; } = contentType;

    public byte[] Data { get; set; } = [];

    /// <summary>XML written straight into the package when it is saved (takes precedence over <see cref="Data"/>), so a
    /// large tree is never held twice; the declaration (standalone, UTF-8) is written first.</summary>
    public Action<XmlWriter>? Content { get; set; }

    public IReadOnlyList<OpcRelationship> Relationships => _relationships;

    /// <summary>Writes the part's bytes: <see cref="Content"/> if set, else <see cref="Data"/>.</summary>
    public void WriteContent(Stream stream)
    {
        if (Content is null)
        {
            stream.Write(Data);
            return;
        }
        using var writer = XmlWriter.Create(stream, WriterSettings);
        writer.WriteStartDocument(standalone: true);
        Content(writer);
    }

    /// <summary>Reads the part's XML (a fresh tree: edit it and <c>WriteXml</c> it back).</summary>
    /// <exception cref="ContentException">The part (of a user's template) is not well-formed XML.</exception>
    public XElement ReadXml()
    {
        using var stream = new MemoryStream(Data, writable: false);
        try
        {
            return XElement.Load(stream);
        }
        catch (XmlException e)
        {
            throw new ContentException($"the slide template's part {Name} is not readable XML: {e.Message}");
        }
    }

    /// <summary>Stores the XML as Office writes it: UTF-8 with a standalone declaration, no indentation.</summary>
    public void WriteXml(XElement root)
    {
        Content = null;
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            writer.WriteStartDocument(standalone: true);
            root.WriteTo(writer);
        }
        Data = buffer.ToArray();
    }

    public void WriteXml(string xml)
    {
        Content = null;
        Data = new UTF8Encoding(false).GetBytes(xml.Trim());
    }

    /// <summary>Adds a relationship to another part; <paramref name="id"/> if given and free, else the next free "rIdN".</summary>
    public string Relate(string type, OpcPart target, string? id = null) => Add(type, target.Name, external: false, id);

    /// <summary>Adds a relationship to an outside address (hyperlinks).</summary>
    public string RelateExternal(string type, string uri, string? id = null) => Add(type, uri, external: true, id);

    public void AddRelationship(OpcRelationship relationship)
    {
        _relationships.Add(relationship);
        _relationshipIds.Add(relationship.Id);
    }

    public void RemoveRelationship(string id)
    {
        _relationships.RemoveAll(r => r.Id == id);
        _relationshipIds.Remove(id);
    }

    public OpcRelationship? Relationship(string id) => _relationships.FirstOrDefault(r => r.Id == id);

    private string Add(string type, string target, bool external, string? id)
    {
        if (id is null || _relationshipIds.Contains(id))
        {
            var n = _relationships.Count + 1;
            while (_relationshipIds.Contains("rId" + n.ToString(CultureInfo.InvariantCulture))) n++;
            id = "rId" + n.ToString(CultureInfo.InvariantCulture);
        }
        AddRelationship(new OpcRelationship(id, type, target, external));
        return id;
    }
}
