using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>Writes the outputs to a folder given by WORD_DUMP_DIR (for looking at them by hand); does nothing otherwise.</summary>
public sealed class DumpForLooking
{
    [Fact]
    public void Dump()
    {
        var dir = Environment.GetEnvironmentVariable("WORD_DUMP_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "seed.docx"), WordKit.SeedDocx);
        File.WriteAllBytes(Path.Combine(dir, "tables.docx"), WordKit.Write(Fixtures.TablesCodeQuotesNotes()));
        File.WriteAllBytes(Path.Combine(dir, "lists.docx"), WordKit.Write(Fixtures.NestedLists()));
    }
}
