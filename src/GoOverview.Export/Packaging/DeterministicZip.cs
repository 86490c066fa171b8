using System.IO.Compression;

namespace GoOverview.Export.Packaging;

/// <summary>One entry of a <see cref="DeterministicZip"/>: its name, how it is compressed, and what writes its bytes.</summary>
public sealed record ZipItem(string Name, CompressionLevel Compression, Action<Stream> Write);

/// <summary>
/// The one zip writer of every package format (.docx, .pptx, .epub): entries in the given order, every entry dated
/// with the build timestamp (clamped to ZIP's 1980–2107 and its two-second steps), built in memory so sizes sit in
/// the local headers (no data descriptors, which EPUB readers dislike) and so a failing disk never sees half a zip.
/// The same input gives the same bytes.
/// </summary>
public static class DeterministicZip
{
    public static void Write(Stream output, IEnumerable<ZipItem> items, DateTimeOffset timestamp)
    {
        var stamp = ZipTime(timestamp);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var item in items)
            {
                var entry = zip.CreateEntry(item.Name.TrimStart('/'), item.Compression);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                item.Write(stream);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>ZIP stores local DOS time (1980–2107, two-second steps); clamp and round so it round-trips exactly.</summary>
    public static DateTimeOffset ZipTime(DateTimeOffset t)
    {
        var utc = t.UtcDateTime;
        if (utc.Year < 1980) utc = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        if (utc.Year > 2107) utc = new DateTime(2107, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        utc = utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerSecond * 2)));
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }
}
