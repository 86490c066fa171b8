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
        foreach (var raw in new[] { "橙色文字", "危险链接", "安全的HTML段落", "原始表格单元", "列表一", "列表二" })
            Assert.Contains(raw, squeezed);
        Assert.DoesNotContain("alert", squeezed);
        // pandoc recognised the EPUB 3 notes: it moved their text to the end as notes 1 and 2.
        Assert.EndsWith("11.第一个脚注的内容。22.第二个脚注，带粗体。", squeezed); // note number, then our "N." back-link
    }
}
