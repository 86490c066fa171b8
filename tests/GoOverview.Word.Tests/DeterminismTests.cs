using System.IO.Compression;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>The same input gives the same bytes: zip entry dates and every date inside come from the build timestamp.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_seed_are_byte_identical()
    {
        var first = WordKit.Write(TestFiles.ReadSeed(new DiagnosticBag()));
        Thread.Sleep(2100); // zip dates have two-second resolution: a clock-based date would now differ
        var second = WordKit.Write(TestFiles.ReadSeed(new DiagnosticBag()));
        Assert.True(first.AsSpan().SequenceEqual(second), DescribeDifference(first, second));
    }

    [Fact]
    public void Two_builds_of_a_document_with_notes_tables_and_code_are_byte_identical()
    {
        var first = WordKit.Write(Fixtures.TablesCodeQuotesNotes());
        var second = WordKit.Write(Fixtures.TablesCodeQuotesNotes());
        Assert.True(first.AsSpan().SequenceEqual(second), DescribeDifference(first, second));
    }

    [Fact]
    public void Zip_entry_dates_are_the_build_timestamp()
    {
        var seed = TestFiles.ReadSeed(new DiagnosticBag());
        // SOURCE_DATE_EPOCH (if the environment sets one) or the seed's mtime; zip has no date before 1980, so
        // earlier ones (SOURCE_DATE_EPOCH=0 is common) are stored as 1980-01-01
        var timestamp = GoOverview.Export.ExportContext.TimestampFor(seed);
        var zipEpoch = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var expected = timestamp < zipEpoch ? zipEpoch : timestamp;
        using var zip = new ZipArchive(new MemoryStream(WordKit.Write(seed)), ZipArchiveMode.Read);
        Assert.NotEmpty(zip.Entries);
        foreach (var entry in zip.Entries)
        {
            // zip stores local time without a zone, to two seconds
            var stored = entry.LastWriteTime;
            var wanted = new DateTime(expected.Year, expected.Month, expected.Day, expected.Hour, expected.Minute, expected.Second / 2 * 2);
            Assert.True(stored.DateTime == wanted, $"{entry.FullName}: {stored:O}, expected {wanted:O}");
        }
    }

    private static string DescribeDifference(byte[] first, byte[] second)
    {
        using var a = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        using var b = new ZipArchive(new MemoryStream(second), ZipArchiveMode.Read);
        var names = a.Entries.Select(e => e.FullName).ToList();
        if (!names.SequenceEqual(b.Entries.Select(e => e.FullName))) return "entry lists differ";
        var differences = new List<string>();
        foreach (var name in names)
        {
            var x = a.GetEntry(name)!;
            var y = b.GetEntry(name)!;
            if (x.LastWriteTime != y.LastWriteTime) differences.Add($"{name}: date {x.LastWriteTime:O} vs {y.LastWriteTime:O}");
            if (!Read(x).SequenceEqual(Read(y))) differences.Add($"{name}: content");
        }
        return differences.Count == 0 ? "same entries, different zip bytes" : string.Join("\n", differences);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
