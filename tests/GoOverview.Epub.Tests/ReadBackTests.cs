using GoOverview.Epub.Tests.Support;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Epub.Tests;

public sealed class ReadBackTests
{
    [ToolFact("pandoc")]
    public void Pandoc_ReadsBackAllTextOfTheSeedLikeBook_WithTheTitleOnce()
    {
        var document = Fixtures.SeedLike();
        var plain = ReadBack.PandocPlain(EpubBuild.Of(document).FilePath);
        var squeezed = ReadBack.Squeeze(plain);
        foreach (var text in ReadBack.SourceTexts(document)) Assert.Contains(text, squeezed);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(plain, Fixtures.SeedTitle));
    }

    [ToolFact("pandoc")]
    public void Pandoc_ReadsBackTablesCodeAndFootnotes()
    {
        var document = Fixtures.Rich(TestFiles.NewTempDirectory("epub-readback"));
        var squeezed = ReadBack.Squeeze(ReadBack.PandocPlain(EpubBuild.Of(document).FilePath));
        // The control character is removed on purpose (see IllegalXmlCharacters test).
        foreach (var text in ReadBack.SourceTexts(document).Select(t => t.Replace("\u0001", "")))
            Assert.Contains(text, squeezed);
    }
}
