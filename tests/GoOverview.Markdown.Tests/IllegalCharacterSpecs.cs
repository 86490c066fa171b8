using GoOverview.Markdown.Tests.Support;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>Characters that XML cannot hold are removed once, in the reader, with a warning per line.</summary>
public sealed class IllegalCharacterSpecs
{
    [Fact]
    public void ControlCharactersAndNonCharactersAreRemovedWithTheirLines()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("# 标\u0001题\n\n正\u0002文\u000B与\uFFFE字\n\n- 项\u001F\t制表\n", bag);
        var text = string.Concat(DocumentWalker.AllInlines(doc).OfType<Text>().Select(t => t.Value));
        Assert.Equal("标题正文与字项\t制表", text.Replace(" ", ""));
        Assert.Equal("标题", doc.Metadata.Title);
        Assert.Equal([1, 3, 5], Md.Warnings(bag, "illegal-character").Select(w => w.Location!.Line));
    }

    [Fact]
    public void LoneSurrogatesAreRemovedButPairsKept()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("a\uD800b 😀 c\uDC00d\n", bag);
        Assert.Equal("ab 😀 cd", PlainText.Of(((Paragraph)doc.Blocks[0]).Content));
        Assert.Single(Md.Warnings(bag, "illegal-character"));
    }

    [Fact]
    public void CommandLineMetadataIsCleanedToo()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("正文\n", bag, new ReaderOptions(new Dictionary<string, string> { ["title"] = "坏\u0007标题" }));
        Assert.Equal("坏标题", doc.Metadata.Title);
        Assert.Single(Md.Warnings(bag, "illegal-character"));
    }

    [Fact]
    public void ExtremeIndentationIsAClearErrorNotAStall()
    {
        var markdown = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- 项\n"));
        var error = Assert.Throws<ContentException>(() => Md.Read(markdown));
        Assert.Contains("indented more than 400 columns", error.Message);
        Assert.Equal(202, error.Location!.Line);
    }
}
