using GoOverview.Epub.Tests.Support;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Epub.Tests;

public sealed class EpubcheckTests
{
    [ToolFact("epubcheck", "java")]
    public void SeedLikeBook_PassesEpubcheckWithoutErrorsOrWarnings()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        Assert.Empty(Epubcheck.Problems(book.FilePath));
    }

    [ToolFact("epubcheck", "java")]
    public void BookWithTablesCodeImagesFootnotesAndRawHtml_PassesEpubcheck()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-rich")));
        Assert.Empty(Epubcheck.Problems(book.FilePath));
    }

    [ToolFact("epubcheck", "java")]
    public void ObfuscatedFontsAndSplitAtH1Only_PassEpubcheck()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-rich")), new EpubOptions { ObfuscateFonts = true, SplitLevel = 1 });
        Assert.Empty(Epubcheck.Problems(book.FilePath));
    }
}
