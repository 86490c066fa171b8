using GoOverview.Markdown.Tests.Support;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>Blocks of raw HTML: simple text-and-inline-tag blocks become paragraphs; the rest stays raw with a warning.</summary>
public sealed class HtmlBlockSpecs
{
    [Theory]
    [InlineData("<p>段落<b>粗体</b>&amp;实体</p>\n", "Para[Text \"段落\", Strong[Text \"粗体\"], Text \"&实体\"]")]
    [InlineData("<p>一</p>\n<p>二</p>\n", "Para[Text \"一\"], Para[Text \"二\"]")]
    [InlineData("<div style=\"color:red\">红色<br>第二行</div>\n", "Para[Span{color=#FF0000}[Text \"红色\", LB, Text \"第二行\"]]")]
    [InlineData("<div>\n  第一行\n  第二行 <span style=\"color:rgb(255，0，0);font-weight:bold\">重点</span>\n</div>\n",
        "Para[Text \"第一行第二行 \", Span.key-term{color=#FF0000,bold}[Text \"重点\"]]")]
    [InlineData("<img src=\"go.png\" alt=\"地鼠\">\n", "Figure(Image(go.png \"地鼠\"))[Text \"地鼠\"]")]
    [InlineData("<center>居中</center>\n", "Para[Text \"居中\"]")]
    public void SimpleBlocksBecomeParagraphsWithoutWarnings(string markdown, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(expected, Md.Dump(markdown, bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void ConvertedParagraphsKeepTheirSourceLine()
    {
        var doc = Md.Read("正文\n\n<div>\n<p>一</p>\n<p>二</p>\n</div>\n");
        Assert.Equal([1, 4, 5], doc.Blocks.Select(b => b.Location!.Line));
    }

    [Theory]
    [InlineData("<table>\n<tr><td>格</td></tr>\n</table>\n")]
    [InlineData("<script>alert(1)</script>\n")]
    [InlineData("<iframe src=\"https://x\"></iframe>\n")]
    public void OtherBlocksStayRawWithOneWarning(string markdown)
    {
        var bag = new DiagnosticBag();
        Assert.StartsWith("RawBlock(html) ", Md.Dump(markdown, bag));
        var warning = Assert.Single(bag.Items);
        Assert.Equal("html-block", warning.Code);
        Assert.Equal("test.md:1:1", warning.Location!.ToString());
    }

    [Fact]
    public void CommentBlocksStayRawSilently()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("RawBlock(html) \"<!-- 注释 -->\"", Md.Dump("<!-- 注释 -->\n", bag));
        Assert.Empty(bag.Items);
    }
}
