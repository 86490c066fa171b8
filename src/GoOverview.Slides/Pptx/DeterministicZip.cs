using System.IO.Compression;
using System.Text.RegularExpressions;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// Rewrites the package so equal input gives equal bytes: every entry dated with the build timestamp, and the
/// package relationships (which System.IO.Packaging names randomly) numbered rId1, rId2, … in order.
/// </summary>
internal static partial class DeterministicZip
{
    public static void Copy(byte[] package, Stream output, DateTimeOffset timestamp)
    {
        var date = timestamp.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : timestamp;
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = date;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == "_rels/.rels")
            {
                using var reader = new StreamReader(from);
                var counter = 0;
                var text = RelationshipId().Replace(reader.ReadToEnd(), _ => $"Id=\"rId{++counter}\"");
                using var writer = new StreamWriter(to, new System.Text.UTF8Encoding(false));
                writer.Write(text);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex("Id=\"[^\"]*\"")]
    private static partial Regex RelationshipId();
}
