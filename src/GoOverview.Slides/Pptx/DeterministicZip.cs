using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// Rewrites the package so equal input gives equal bytes: every entry dated with the build timestamp, the package
/// relationships (which System.IO.Packaging names randomly) numbered rId1, rId2, …, and the core properties part
/// (a random *.psmdcp name) moved to docProps/core.xml where Office keeps it.
/// </summary>
internal static partial class DeterministicZip
{
    private const string CorePropertiesPath = "docProps/core.xml";
    private const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";

    public static void Copy(byte[] package, Stream output, DateTimeOffset timestamp)
    {
        var date = timestamp.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : timestamp;
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var coreEntry = source.Entries.FirstOrDefault(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal))?.FullName;
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var name = entry.FullName == coreEntry ? CorePropertiesPath : entry.FullName;
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = date;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == "_rels/.rels") WriteText(to, PackageRelationships(ReadText(from), coreEntry));
            else if (entry.FullName == "[Content_Types].xml" && coreEntry is not null) WriteText(to, ContentTypes(ReadText(from)));
            else from.CopyTo(to);
        }
    }

    private static string PackageRelationships(string xml, string? coreEntry)
    {
        var counter = 0;
        xml = RelationshipId().Replace(xml, _ => $"Id=\"rId{++counter}\"");
        return coreEntry is null ? xml : xml.Replace("/" + coreEntry, "/" + CorePropertiesPath, StringComparison.Ordinal);
    }

    private static string ContentTypes(string xml) =>
        xml.Replace($"<Default Extension=\"psmdcp\" ContentType=\"{CorePropertiesType}\" />",
            $"<Override PartName=\"/{CorePropertiesPath}\" ContentType=\"{CorePropertiesType}\" />", StringComparison.Ordinal);

    private static string ReadText(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void WriteText(Stream stream, string text)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(text);
    }

    [GeneratedRegex("Id=\"[^\"]*\"")]
    private static partial Regex RelationshipId();
}
