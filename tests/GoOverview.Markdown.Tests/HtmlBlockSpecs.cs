using GoOverview.Markdown.Tests.Support;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>Blocks of raw HTML, parsed by the HTML5 parser into model blocks; unsafe content dropped with a warning.</summary>
public sealed class HtmlBlockSpecs
{
    [Theory]
    [InlineData("<p>段落<b>粗体</b>&amp;实体</p>\n", "Para[Text \"段落\", Strong[Text \"粗体\"], Text \"&实体\"]")]
    [InlineData("<p>一</p>\n<p>二</p>\n", "Para[Text \"一\"], Para[Text \"二\"]")]
    [InlineData("<div style=\"color:red\">红色<br>第二行</div>\n", "Para[Span{color=#FF0000}[Text \"红色\", LB, Text \"第二行\"]]")]
    [InlineData("<div>\n  第一行\n  第二行 <span style=\"color:rgb(255，0，0);font-weight:bold\">重点</span>\n</div>\n",
        "Para[Text \"第一行第二行 \", Span.key-term{color=#FF0000,bold}[Text \"重点\"]]")]
    [InlineData("<img src=\"go.png\" alt=\"地鼠\">\n", "Figure(Image(go.png \"地鼠\"))[Text \"地鼠\"]")]
    [InlineData("<center>居中</center>\n", "Div.align-center[Para[Text \"居中\"]]")]
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
    [InlineData("<table>\n<tr><th>名</th><th align=\"right\">值</th></tr>\n<tr><td>a</td><td>1</td></tr>\n</table>\n",
        "Table(D,R)[Text \"名\" | Text \"值\"; Text \"a\" | Text \"1\"]")]
    [InlineData("<table><thead><tr><td>头</td></tr></thead><tbody><tr><td>体</td></tr></tbody></table>\n", "Table(D)[Text \"头\"; Text \"体\"]")]
    // no header row: the header is empty (not drawn)
    [InlineData("<table><tr><td>a</td><td>b</td></tr></table>\n", "Table(D,D)[ | ; Text \"a\" | Text \"b\"]")]
    [InlineData("<table><tr><td colspan=\"2\">宽</td></tr><tr><td rowspan=2>高</td><td>1</td></tr><tr><td>2</td></tr></table>\n",
        "Table(D,D)[ | ; {2x1}Text \"宽\" | ~; {1x2}Text \"高\" | Text \"1\"; ~ | Text \"2\"]")]
    // rowspan=0 runs to the end; spans past the table are cut; a short row is padded
    [InlineData("<table><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr><tr><td colspan=5>d</td></tr></table>\n",
        "Table(D,D,D,D,D,D)[ |  |  |  |  | ; {1x3}Text \"a\" | Text \"b\" |  |  |  | ; ~ | Text \"c\" |  |  |  | ; ~ | {5x1}Text \"d\" | ~ | ~ | ~ | ~]")]
    [InlineData("<table><tr><td><p>一</p><p>二</p></td><td><ul><li>甲</li><li>乙</li></ul></td></tr></table>\n",
        "Table(D,D)[ | ; Text \"一\", LB, Text \"二\" | Text \"• 甲\", LB, Text \"• 乙\"]")]
    public void TablesBecomeModelTables(string markdown, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(expected, Md.Dump(markdown, bag));
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("<ul>\n<li><a href=\"https://go.dev\">Go</a></li>\n<li>二</li>\n</ul>\n", "Bullet[Item[Para[Link(https://go.dev)[Text \"Go\"]]], Item[Para[Text \"二\"]]]")]
    [InlineData("<ol start=\"3\"><li>三</li><li>四</li></ol>\n", "Ordered(3)[Item[Para[Text \"三\"]], Item[Para[Text \"四\"]]]")]
    [InlineData("<p align=\"center\"><img src=\"go.png\" alt=\"地鼠\"></p>\n", "Div.align-center[Figure(Image(go.png \"地鼠\"))[Text \"地鼠\"]]")]
    [InlineData("<details>\n<summary>答案</summary>\n\n正文\n</details>\n", "Div.details[Para[Strong[Text \"答案\"]]], Para[Text \"正文\"]")]
    [InlineData("<details><summary>答案</summary>正文<p>段</p></details>\n", "Div.details[Para[Strong[Text \"答案\"]], Para[Text \"正文\"], Para[Text \"段\"]]")]
    [InlineData("<p>按 <kbd>Ctrl</kbd> 与 H<sub>2</sub>O、x<sup>2</sup></p>\n", "Para[Text \"按 \", Code.kbd \"Ctrl\", Text \" 与 H\", Sub[Text \"2\"], Text \"O、x\", Sup[Text \"2\"]]")]
    [InlineData("<p><font color=red>红</font></p>\n", "Para[Span{color=#FF0000}[Text \"红\"]]")]
    [InlineData("<h2 id=\"x\">标题</h2>\n<hr>\n<blockquote>引</blockquote>\n", "H2#x[Text \"标题\"], HR, Quote[Para[Text \"引\"]]")]
    [InlineData("<pre><code class=\"language-go\">func main() {\n}</code></pre>\n", "CodeBlock(go) \"func main() {\\n}\"")]
    [InlineData("<div id=\"box\">内</div>\n", "Div#box[Para[Text \"内\"]]")]
    // GitHub README style: a wrapper around Markdown leaves no empty block behind
    [InlineData("<div align=\"center\">\n\n# 标题\n\n</div>\n", "H1#标题[Text \"标题\"]")]
    public void BlocksBecomeModelBlocks(string markdown, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(expected, Md.Dump(markdown, bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void UnsafeHtmlIsDroppedWithOneWarningEachAtItsLine()
    {
        var bag = new DiagnosticBag();
        var dump = Md.Dump("正文\n\n<div>\n<script>alert(1)</script>\n<iframe src=\"https://x\"></iframe>\n<img src=\"a.png\" onerror=\"alert(2)\">\n<a href=\"javascript:alert(3)\">点</a>\n</div>\n", bag);
        Assert.DoesNotContain("alert", dump);
        var dropped = Md.Warnings(bag, "html-dropped").ToList();
        Assert.Equal(3, dropped.Count);
        Assert.Equal([4, 5, 6], dropped.Select(d => d.Location!.Line));
        Assert.All(dropped, d => Assert.Contains("dropped", d.Message));
        Assert.Equal(7, Assert.Single(Md.Warnings(bag, "link-unsafe")).Location!.Line);
    }

    [Fact]
    public void UnknownElementsShowTheirText()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Para[Text \"文字\"]", Md.Dump("<p><blink>文字</blink></p>\n", bag));
        Assert.Contains("shown as text", Assert.Single(Md.Warnings(bag, "html-unknown-tag")).Message);
    }

    [Fact]
    public void CommentBlocksStayRawSilently()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("RawBlock(html) \"<!-- 注释 -->\"", Md.Dump("<!-- 注释 -->\n", bag));
        Assert.Empty(bag.Items);
    }
}

/// <summary>Hostile raw HTML: huge attributes and tables are read in bounded time, past the limits with one warning.</summary>
public sealed class HostileHtmlSpecs
{
    [Fact]
    public void AMegabyteAttributeIsReadAsAnyOther()
    {
        var bag = new DiagnosticBag();
        var dump = Md.Dump("<p><a href=\"https://go.dev\" title=\"" + new string('长', 1_000_000) + "\">链接</a><span class=\"" + new string('c', 900_000) + "\">字</span></p>\n", bag);
        Assert.StartsWith("Para[Link(https://go.dev", dump);
        Assert.Contains("Text \"字\"", dump);
    }

    [Fact]
    public void AHundredThousandCellsAreCutAtTheLimitWithOneWarning()
    {
        var bag = new DiagnosticBag();
        var rows = string.Concat(Enumerable.Repeat("<tr>" + string.Concat(Enumerable.Repeat("<td>格</td>", 10)) + "</tr>\n", 10_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = Md.Read("正文\n\n<table>\n" + rows + "</table>\n", bag);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        var table = Assert.IsType<Table>(document.Blocks[1]);
        Assert.Equal(GoOverview.Markdown.Html.HtmlTableBuilder.MaxCells, table.Rows.Length * table.Alignments.Length);
        var warning = Assert.Single(Md.Warnings(bag, "html-limit"));
        Assert.Equal(3, warning.Location!.Line);
        Assert.Contains("dropped", warning.Message);
    }

    [Fact]
    public void AHundredColumnsAreCutAtTheLimitWithOneWarning()
    {
        var bag = new DiagnosticBag();
        var document = Md.Read("<table><tr>" + string.Concat(Enumerable.Repeat("<td>格</td>", 100)) + "</tr><tr><td colspan=\"1000\">宽</td></tr></table>\n", bag);
        var table = Assert.IsType<Table>(Assert.Single(document.Blocks));
        Assert.Equal(GoOverview.Markdown.Html.HtmlTableBuilder.MaxColumns, table.Alignments.Length);
        Assert.Equal(GoOverview.Markdown.Html.HtmlTableBuilder.MaxColumns, table.Rows[1].Cells[0].ColSpan);
        Assert.Single(Md.Warnings(bag, "html-limit"));
    }
}
