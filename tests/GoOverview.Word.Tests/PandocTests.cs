using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>pandoc, an independent reader, reads our .docx back with all of the source text.</summary>
public sealed class PandocTests
{
    [ToolFact("pandoc")]
    public void Seed_reads_back_with_all_source_text()
    {
        var path = WordKit.SaveToTemp(WordKit.SeedDocx, "seed.docx");
        // standalone: pandoc reads the title page's Title paragraph as the document title and prints it in the title block
        var result = ExternalTool.Run("pandoc", ["-f", "docx", "-t", "plain", "-s", "--wrap=none", path]);
        Assert.Equal(0, result.ExitCode);
        var missing = SourceText.Missing(WordKit.Seed, result.StdOut);
        Assert.True(missing.Count == 0, "missing in pandoc's reading:\n" + string.Join("\n", missing.Take(10)));
    }

    [ToolFact("pandoc")]
    public void Fixtures_read_back_with_all_source_text()
    {
        foreach (var document in new[] { Fixtures.TablesCodeQuotesNotes(), Fixtures.NestedLists() })
        {
            var path = WordKit.SaveToTemp(WordKit.Write(document));
            var result = ExternalTool.Run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", path]);
            Assert.Equal(0, result.ExitCode);
            var missing = SourceText.Missing(document, result.StdOut, ignored: "~[]");
            Assert.True(missing.Count == 0, "missing in pandoc's reading:\n" + string.Join("\n", missing) + "\n---\n" + result.StdOut);
        }
    }
}
