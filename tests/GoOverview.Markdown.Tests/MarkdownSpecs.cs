using GoOverview.Markdown.Tests.Support;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>Markdown syntax → model: Markdown in, compact model dump out.</summary>
public sealed class MarkdownSpecs
{
    [Theory]
    // CommonMark alone leaves these literal: the closing ** follows a full-width ）and precedes a CJK letter
    [InlineData("**基本数据类型（内置）**和", "Strong[Text \"基本数据类型（内置）\"], Text \"和\"")]
    [InlineData("这是**“引号”**文字", "Text \"这是\", Strong[Text \"“引号”\"], Text \"文字\"")]
    [InlineData("*强调*和_下划线_", "Emph[Text \"强调\"], Text \"和_下划线_\"")]
    [InlineData("~~删除~~与10~20人", "Strike[Text \"删除\"], Text \"与10~20人\"")]
    [InlineData("C++ 和 C++", "Text \"C++ 和 C++\"")]
    [InlineData("`code` 与 ``a`b``", "Code \"code\", Text \" 与 \", Code \"a`b\"")]
    public void Emphasis(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Theory]
    [InlineData("中文第一行\n中文第二行", "Text \"中文第一行中文第二行\"")]
    [InlineData("句号结尾。\n下一行", "Text \"句号结尾。下一行\"")]
    [InlineData("English line\nnext line", "Text \"English line\", SB, Text \"next line\"")]
    [InlineData("中文\nEnglish", "Text \"中文\", SB, Text \"English\"")]
    [InlineData("**加粗**\n中文", "Strong[Text \"加粗\"], Text \"中文\"")]
    [InlineData("かな\n한국어", "Text \"かな한국어\"")]
    [InlineData("中文  \n硬换行", "Text \"中文\", LB, Text \"硬换行\"")]
    [InlineData("中文\\\n硬换行", "Text \"中文\", LB, Text \"硬换行\"")]
    [InlineData("𠀀\n𠀁", "Text \"𠀀𠀁\"")] // CJK extension B (surrogate pairs)
    public void SoftBreaks(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Fact]
    public void CrLfInputReadsLikeLfAndKeepsLineNumbers()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("# 标题\r\n\r\n第一行\r\n第二行\r\n\r\n- []()\r\n- 项\r\n", bag);
        Assert.Equal("H1#标题[Text \"标题\"], Para[Text \"第一行第二行\"], Bullet[Item[Para[Text \"项\"]]]", ModelDump.Blocks(doc.Blocks));
        Assert.Equal(3, doc.Blocks[1].Location!.Line);
        Assert.Equal(6, Assert.Single(Md.Warnings(bag, "empty-link")).Location!.Line);
        Assert.DoesNotContain(ModelDump.Blocks(doc.Blocks), "\\r");
    }

    [Fact]
    public void LoneCrLineEndsWork() =>
        Assert.Equal("Para[Text \"a\", SB, Text \"b\"], Para[Text \"c\"]", Md.Dump("a\rb\r\rc"));

    [Fact]
    public void LeadingUtf8BomIsIgnored()
    {
        var doc = Md.Read("\uFEFF# 标题\n\n正文");
        Assert.Equal("H1#标题[Text \"标题\"], Para[Text \"正文\"]", ModelDump.Blocks(doc.Blocks));
        Assert.Equal("标题", doc.Metadata.Title);
    }

    [Fact]
    public void TablesWithAndWithoutOuterPipes()
    {
        const string expected = "Table(L,C,R)[Text \"名\" | Text \"值\" | Text \"注\"; Text \"a\" | Strong[Text \"1\"] | Text \"x\"; Text \"b\" |  | ]";
        Assert.Equal(expected, Md.Dump("| 名 | 值 | 注 |\n|:--|:-:|--:|\n| a | **1** | x |\n| b |\n"));
        Assert.Equal(expected, Md.Dump("名 | 值 | 注\n:--|:-:|--:\na | **1** | x\nb |\n"));
    }

    [Fact]
    public void TableRowsLongerThanTheHeaderAreCut() =>
        Assert.Equal("Table(D,D)[Text \"a\" | Text \"b\"; Text \"1\" | Text \"2\"]", Md.Dump("a|b\n-|-\n1|2|3|4\n"));

    [Fact]
    public void TableCellsKeepInlineHtml() =>
        Assert.Equal("Table(D)[Text \"词\"; Span.key-term{color=#FF0000,bold}[Text \"重点\"]]",
            Md.Dump("| 词 |\n|---|\n| <span style=\"color:rgb(255，0，0);font-weight:bold\">重点</span> |\n"));

    [Fact]
    public void FootnotesAreNumberedByFirstReference()
    {
        var doc = Md.Read("先[^b]后[^a]再[^b]。\n\n[^a]: 注释甲\n[^b]: 注释乙\n");
        Assert.Equal("Para[Text \"先\", Note 1(b), Text \"后\", Note 2(a), Text \"再\", Note 1(b), Text \"。\"]", ModelDump.Blocks(doc.Blocks));
        Assert.Equal("Footnote 1(b)[Para[Text \"注释乙\"]], Footnote 2(a)[Para[Text \"注释甲\"]]", ModelDump.Blocks(doc.Footnotes));
        Assert.Equal(4, doc.Footnotes[0].Location!.Line);
        Assert.Equal(3, doc.Footnotes[1].Location!.Line);
    }

    [Fact]
    public void UnreferencedFootnoteIsReported()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("正文\n\n[^x]: 没人引用\n", bag);
        Assert.Empty(doc.Footnotes);
        Assert.Equal(3, Assert.Single(Md.Warnings(bag, "unused-footnote")).Location!.Line);
    }

    [Fact]
    public void TaskLists() =>
        Assert.Equal("Bullet[[x]Item[Para[Text \"完成\"]], [ ]Item[Para[Text \"未完成\"]], Item[Para[Text \"普通\"]]]",
            Md.Dump("- [x] 完成\n- [ ] 未完成\n- 普通\n"));

    [Fact]
    public void OrderedListStartAndLooseness()
    {
        Assert.Equal("Ordered(3)[Item[Para[Text \"三\"]], Item[Para[Text \"四\"]]]", Md.Dump("3. 三\n4. 四\n"));
        Assert.Equal("Ordered(1).loose[Item[Para[Text \"一\"]], Item[Para[Text \"二\"]]]", Md.Dump("1) 一\n\n2) 二\n"));
    }

    [Fact]
    public void TabAndFourSpaceIndentsBothNest() =>
        Assert.Equal("Bullet[Item[Para[Text \"父\"], Bullet[Item[Para[Text \"制表符\"]], Item[Para[Text \"四空格\"]]]]]",
            Md.Dump("- 父\n\t- 制表符\n    - 四空格\n"));

    [Fact]
    public void ParagraphWithOnlyAnImageIsAFigure()
    {
        Assert.Equal("Figure(Image(img/go.png \"Go 吉祥物\"))[Text \"Go 吉祥物\"]", Md.Dump("![Go 吉祥物](img/go.png \"地鼠\")\n"));
        Assert.Equal("Para[Text \"看\", Image(a.png \"图\")]", Md.Dump("看![图](a.png)"));
        Assert.Equal("Figure(Image(b.png \"图\"))[Text \"图\"]", Md.Dump("<img src=\"b.png\" alt=\"图\">\n"));
    }

    [Fact]
    public void CodeBlocksKeepLanguageAndText()
    {
        Assert.Equal("CodeBlock(go) \"package main\\n\\nfunc main() {}\"", Md.Dump("```go title=x\npackage main\n\nfunc main() {}\n```\n"));
        Assert.Equal("CodeBlock() \"indented\"", Md.Dump("    indented\n"));
    }

    [Fact]
    public void QuotesBreaksAndHeadings() =>
        Assert.Equal("Quote[Para[Text \"引用\"]], HR, H2#二级标题[Text \"二级标题\"]", Md.Dump("> 引用\n\n---\n\n二级标题\n--------\n"));

    [Theory]
    [InlineData("# Hello, World!", "hello-world")]
    [InlineData("# 一、Go", "一go")]
    [InlineData("# 3.1 网络编程", "h-3-1-网络编程")]
    [InlineData("# 1）区块链开发框架", "h-1区块链开发框架")]
    [InlineData("# ！？。", "section")]
    [InlineData("# Émoji 😀 Ünïcode", "émoji-ünïcode")]
    [InlineData("# Custom {#my-id}", "my-id")]
    [InlineData("# 自定义 **id** {#自定义-1}", "自定义-1")]
    [InlineData("# Braces {not an id}", "braces-not-an-id")]
    public void HeadingIds(string markdown, string id) =>
        Assert.Equal(id, Assert.IsType<Heading>(Assert.Single(Md.Read(markdown).Blocks)).Attr.Id);

    [Fact]
    public void DuplicateHeadingIdsGetSuffixes() =>
        Assert.Equal(["概述", "概述-1", "概述-2", "概述-1-1"],
            Md.Read("# 概述\n# 概述\n# 概述\n# 概述-1\n").Blocks.OfType<Heading>().Select(h => h.Attr.Id));

    [Fact]
    public void EmptyLinksAreDroppedWithAWarningAndEmptiedItemsGo()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Bullet[Item[Para[Link(https://go.dev)[Text \"Go\"]]]], Para[Text \"前后\"]",
            Md.Dump("- [Go](https://go.dev)\n- []()\n\n前[]()后\n", bag));
        Assert.Equal(["test.md:2:3", "test.md:4:2"], Md.Warnings(bag, "empty-link").Select(w => w.Location!.ToString()));
    }

    [Fact]
    public void ListOfOnlyEmptyLinksDisappears()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Para[Text \"正文\"]", Md.Dump("正文\n\n- []()\n- []()\n", bag));
        Assert.Equal(2, Md.Warnings(bag, "empty-link").Count());
    }

    [Fact]
    public void LinkWithTextButNoUrlKeepsItsText()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Text \"看\", Strong[Text \"这里\"], Text \"吧\"", Md.Inlines("看[**这里**]()吧", bag));
        Assert.Equal(1, Assert.Single(Md.Warnings(bag, "link-without-url")).Location!.Line);
    }

    [Fact]
    public void LinkWithUrlButNoTextShowsTheUrl()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Link(https://go.dev)[Text \"https://go.dev\"]", Md.Inlines("[](https://go.dev)", bag));
        Assert.Single(Md.Warnings(bag, "link-without-text"));
    }

    [Fact]
    public void AutoLinks() =>
        Assert.Equal("Text \"见 \", Link(https://go.dev)[Text \"https://go.dev\"], Text \" 和 \", Link(mailto:a@b.cn)[Text \"a@b.cn\"]",
            Md.Inlines("见 https://go.dev 和 <a@b.cn>"));

    [Theory]
    [InlineData("见https://go.dev，然后", "Text \"见\", Link(https://go.dev)[Text \"https://go.dev\"], Text \"，然后\"")]
    [InlineData("文档（https://go.dev/doc/）。", "Text \"文档（\", Link(https://go.dev/doc/)[Text \"https://go.dev/doc/\"], Text \"）。\"")]
    [InlineData("See https://go.dev/a_(b).", "Text \"See \", Link(https://go.dev/a_(b))[Text \"https://go.dev/a_(b)\"], Text \".\"")]
    [InlineData("**网址http://x.cn**", "Strong[Text \"网址\", Link(http://x.cn)[Text \"http://x.cn\"]]")]
    [InlineData("[官网 https://go.dev](https://go.dev)", "Link(https://go.dev)[Text \"官网 https://go.dev\"]")]
    [InlineData("`https://go.dev`", "Code \"https://go.dev\"")]
    public void BareUrlsGluedToChineseTextAreLinked(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Theory]
    [InlineData("func main() {\n}", "Text \"func main() {\", SB, Text \"}\"")]
    [InlineData("使用 map[string]int{} 初始化", "Text \"使用 map[string]int{} 初始化\"")]
    [InlineData("段落 {#pid} 与 `x`{.c}", "Text \"段落 {#pid} 与 \", Code \"x\", Text \"{.c}\"")]
    public void BracesInTextAreKept(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Fact]
    public void ReferenceLinks() =>
        Assert.Equal("Para[Link(https://go.dev \"官网\")[Text \"Go\"]]", Md.Dump("[Go][g]\n\n[g]: https://go.dev \"官网\"\n"));

    [Fact]
    public void HtmlBlockBecomesModelBlocksSilently()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Table(D)[; Text \"x\"], Para[Text \"后\"]", Md.Dump("<table><tr><td>x</td></tr></table>\n\n后\n", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void BlockLocationsAreOneBased()
    {
        var doc = Md.Read("# 标题\n\n正文\n\n> 引用\n");
        Assert.Equal(["test.md:1:1", "test.md:3:1", "test.md:5:1"], doc.Blocks.Select(b => b.Location!.ToString()));
    }
}
