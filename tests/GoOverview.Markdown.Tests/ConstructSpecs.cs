using GoOverview.Markdown.Tests.Support;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>
/// Real-world constructs: GitHub alerts, MkDocs admonitions and content tabs, ::: containers, definition lists, page
/// breaks, [toc], attribute lists after images, diagram fences — and text that merely looks like them stays text.
/// </summary>
public sealed class ConstructSpecs
{
    [Theory]
    [InlineData("> [!NOTE]\n> 正文\n", "Callout(Note \"\")[Para[Text \"正文\"]]")]
    [InlineData("> [!TIP]\n> 正文\n", "Callout(Tip \"\")[Para[Text \"正文\"]]")]
    [InlineData("> [!important]\n> 正文\n", "Callout(Important \"\")[Para[Text \"正文\"]]")]
    [InlineData("> [!WARNING]\n> 正文\n", "Callout(Warning \"\")[Para[Text \"正文\"]]")]
    [InlineData("> [!CAUTION]\n> 正文\n", "Callout(Caution \"\")[Para[Text \"正文\"]]")]
    [InlineData("> 普通引用 [!NOTE]\n", "Quote[Para[Text \"普通引用 [!NOTE]\"]]")]
    public void GitHubAlertsAreCallouts(string markdown, string expected) => Assert.Equal(expected, Md.Dump(markdown));

    [Theory]
    [InlineData("!!! note \"标题\"\n    正文\n", "Callout(Note \"Text \"标题\"\")[Para[Text \"正文\"]]")]
    [InlineData("??? tip\n    折叠\n", "Callout(Tip,collapsible \"\")[Para[Text \"折叠\"]]")]
    [InlineData("???+ warning \"展开\"\n    正文\n", "Callout(Warning,collapsible \"Text \"展开\"\")[Para[Text \"正文\"]]")]
    [InlineData("!!! danger\n    一\n\n    二\n\n之后\n", "Callout(Caution \"\")[Para[Text \"一\"], Para[Text \"二\"]], Para[Text \"之后\"]")]
    [InlineData("!!! note \"外\"\n    外文\n\n    !!! tip \"内\"\n        内文\n", "Callout(Note \"Text \"外\"\")[Para[Text \"外文\"], Callout(Tip \"Text \"内\"\")[Para[Text \"内文\"]]]")]
    [InlineData("!!! note\n    ```go\n    x := 1\n    ```\n", "Callout(Note \"\")[CodeBlock(go) \"x := 1\"]")]
    [InlineData("!!!重要的事\n", "Para[Text \"!!!重要的事\"]")]
    [InlineData("段落\n!!! note\n    正文\n", "Para[Text \"段落\"], Callout(Note \"\")[Para[Text \"正文\"]]")] // as in MkDocs
    public void MkDocsAdmonitionsAreCallouts(string markdown, string expected) => Assert.Equal(expected, Md.Dump(markdown));

    [Fact]
    public void ConsecutiveContentTabsFormOneSet()
    {
        var dump = Md.Dump("=== \"Python\"\n\n    ```python\n    print(1)\n    ```\n\n=== \"Go\"\n    正文\n\n===! \"新的\"\n    另一组\n\n之后\n");
        Assert.Equal("Tabs[Text \"Python\": CodeBlock(python) \"print(1)\"; Text \"Go\": Para[Text \"正文\"]], Tabs[Text \"新的\": Para[Text \"另一组\"]], Para[Text \"之后\"]", dump);
    }

    [Fact]
    public void SetextHeadingsAreNotTabs() => Assert.Equal("H1#标题[Text \"标题\"]", Md.Dump("标题\n===\n"));

    [Theory]
    [InlineData("::: warning 小心\n正文\n:::\n", "Callout(Warning \"Text \"小心\"\")[Para[Text \"正文\"]]")]
    [InlineData("::: danger\n正文\n:::\n", "Callout(Caution \"\")[Para[Text \"正文\"]]")]
    [InlineData("::: details 更多\n正文\n:::\n", "Callout(Note,collapsible \"Text \"更多\"\")[Para[Text \"正文\"]]")]
    [InlineData("::: my-box\n正文\n:::\n", "Div.my-box[Para[Text \"正文\"]]")]
    [InlineData("C++ 的 std::vector 与 std::map::find 照常显示\n", "Para[Text \"C++ 的 std::vector 与 std::map::find 照常显示\"]")]
    public void CustomContainers(string markdown, string expected) => Assert.Equal(expected, Md.Dump(markdown));

    [Fact]
    public void DefinitionListsKeepTermsAndEveryDefinition() => Assert.Equal(
        "Dl[Text \"通道\": Para[Text \"传递数据\"]; Text \"切片\": Para[Text \"引用\"] | Para[Text \"可增长\"]]",
        Md.Dump("通道\n:   传递数据\n\n切片\n:   引用\n:   可增长\n"));

    [Theory]
    [InlineData("<!-- pagebreak -->\n")]
    [InlineData("<!-- page-break -->\n")]
    [InlineData("<div style=\"page-break-after: always\"></div>\n")]
    [InlineData("<div style=\"page-break-before:always;\"></div>\n")]
    [InlineData("\\newpage\n")]
    [InlineData("\\pagebreak\n")]
    public void PageBreakLinesArePageBreaks(string line)
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Para[Text \"前\"], PageBreak, Para[Text \"后\"]", Md.Dump("前\n\n" + line + "\n后\n", bag));
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("[toc]")]
    [InlineData("[TOC]")]
    [InlineData("[[toc]]")]
    public void TocLinesMarkTheTableOfContents(string line) => Assert.Equal("TableOfContents, Para[Text \"正文\"]", Md.Dump(line + "\n\n正文\n"));

    [Fact]
    public void TocInsideTextStaysText() => Assert.Equal("Para[Text \"见 [toc] 一节\"]", Md.Dump("见 [toc] 一节\n"));

    [Theory]
    [InlineData("![图](a.png){ width=\"300\" }\n")]
    [InlineData("![图](a.png){: .center }\n")]
    [InlineData("![图](a.png){ class=\"shadow\" #fig1 loading=lazy }\n")]
    [InlineData("![图](a.png){ width=\"300\" align=left }\n")]
    public void AttributeListsAfterImagesAreConsumed(string markdown) =>
        Assert.Equal("Figure(Image(a.png \"图\"))[Text \"图\"]", Md.Dump(markdown));

    [Theory]
    [InlineData("func main() { return }\n", "Para[Text \"func main() { return }\"]")]
    [InlineData("对象 {a=1} 照常\n", "Para[Text \"对象 {a=1} 照常\"]")]
    [InlineData("![图](a.png) {不是属性}\n", "Para[Image(a.png \"图\"), Text \" {不是属性}\"]")]
    public void BracesElsewhereStayText(string markdown, string expected) => Assert.Equal(expected, Md.Dump(markdown));

    [Theory]
    [InlineData("mermaid")]
    [InlineData("plantuml")]
    [InlineData("dot")]
    [InlineData("graphviz")]
    public void DiagramFencesStayCodeWithOneWarningAtTheirLine(string language)
    {
        var bag = new DiagnosticBag();
        Assert.Equal($"Para[Text \"前\"], CodeBlock({language}) \"a -> b\"", Md.Dump($"前\n\n```{language}\na -> b\n```\n", bag));
        var warning = Assert.Single(bag.Items);
        Assert.Equal("diagram-not-rendered", warning.Code);
        Assert.Equal(3, warning.Location!.Line);
        Assert.Equal($"{language} diagram not rendered; shown as code", warning.Message);
    }

    [Fact]
    public void CalloutsKeepTheirSourceLine()
    {
        var doc = Md.Read("正文\n\n> [!TIP]\n> 提示\n\n!!! note\n    说明\n");
        Assert.Equal([1, 3, 6], doc.Blocks.Select(b => b.Location!.Line));
    }
}
