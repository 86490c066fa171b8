using System.IO.Compression;

namespace GoOverview.Epub.Packaging;

/// <summary>
/// Writes the OCF container: "mimetype" first and stored (uncompressed, no extra field), then every other
/// entry in the given order with one fixed timestamp, so the same book gives the same bytes.
/// </summary>
internal static class ZipPackage
{
    public static void Write(Stream output, IEnumerable<(string Path, byte[] Data)> entries, DateTimeOffset timestamp)
    {
        var stamp = ZipTime(timestamp);
        // ZipArchive on a seekable stream writes sizes in the local headers (no data descriptors).
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, stamp);
            foreach (var (path, data) in entries)
            {
                var level = IsCompressed(path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                Add(zip, path, data, level, stamp);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Add(ZipArchive zip, string path, byte[] data, CompressionLevel level, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(data);
    }

    /// <summary>PNG/JPEG/GIF are compressed already; deflating them again only costs time.</summary>
    private static bool IsCompressed(string path) =>
        path.EndsWith(".png", StringComparison.Ordinal) || path.EndsWith(".jpg", StringComparison.Ordinal) ||
        path.EndsWith(".gif", StringComparison.Ordinal);

    /// <summary>ZIP stores local DOS time (1980–2107, two-second steps); clamp and round so it round-trips exactly.</summary>
    private static DateTimeOffset ZipTime(DateTimeOffset t)
    {
        var utc = t.UtcDateTime;
        if (utc.Year < 1980) utc = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        if (utc.Year > 2107) utc = new DateTime(2107, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        utc = utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerSecond * 2)));
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }
}
