using System.Globalization;
using DocumentFormat.OpenXml;

namespace GoOverview.Word.Package;

/// <summary>One part of a <see cref="DocxPackage"/>: a typed XML root or raw bytes, and its relationships.</summary>
internal sealed class DocxPart(string name, string contentType)
{
    private readonly List<DocxRelationship> _relationships = new();

    /// <summary>The part name, e.g. "/word/document.xml"; "" for the package itself (which only has relationships).</summary>
    public string Name { get; } = name;

    public string ContentType { get; } = contentType;

    /// <summary>The XML content, serialised when the package is written (takes precedence over <see cref="Data"/>).</summary>
    public OpenXmlElement? Root { get; set; }

    public byte[] Data { get; set; } = [];

    public IReadOnlyList<DocxRelationship> Relationships => _relationships;

    /// <summary>Relates this part to <paramref name="target"/>; returns the new id ("rId1", "rId2", … in call order).</summary>
    public string Relate(string type, DocxPart target) => Add(type, target.Name, external: false);

    /// <summary>Relates this part to an outside address (hyperlinks).</summary>
    public string RelateExternal(string type, string uri) => Add(type, uri, external: true);

    private string Add(string type, string target, bool external)
    {
        var id = "rId" + (_relationships.Count + 1).ToString(CultureInfo.InvariantCulture);
        _relationships.Add(new DocxRelationship(id, type, target, external));
        return id;
    }
}

/// <summary>A relationship: Target is a part name ("/word/styles.xml") or, when External, a URI.</summary>
internal sealed record DocxRelationship(string Id, string Type, string Target, bool External);
