using System.IO.Compression;
using GoOverview.Export.Packaging;

namespace GoOverview.Epub.Packaging;

/// <summary>
/// The OCF container as the shared <see cref="DeterministicZip"/> writes it: "mimetype" first and stored
/// (uncompressed, no extra field), then every other entry in the given order.
/// </summary>
internal static class ZipPackage
{
    public static void Write(Stream output, IEnumerable<(string Path, byte[] Data)> entries, DateTimeOffset timestamp)
    {
        var items = new List<ZipItem> { new("mimetype", CompressionLevel.NoCompression, s => s.Write("application/epub+zip"u8)) };
        foreach (var (path, data) in entries)
            items.Add(new ZipItem(path, IsCompressed(path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal, s => s.Write(data)));
        DeterministicZip.Write(output, items, timestamp);
    }

    /// <summary>PNG/JPEG/GIF are compressed already; deflating them again only costs time.</summary>
    private static bool IsCompressed(string path) =>
        path.EndsWith(".png", StringComparison.Ordinal) || path.EndsWith(".jpg", StringComparison.Ordinal) ||
        path.EndsWith(".gif", StringComparison.Ordinal);
}
