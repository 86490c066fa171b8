using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Epub.Tests;

/// <summary>Callouts as &lt;aside epub:type&gt;, tabs, &lt;dl&gt;, CSS page breaks (no new chapter), an inline TOC of links.</summary>
public sealed class ConstructTests
{
    private static readonly XNamespace X = EpubBuild.Xhtml;
    private static readonly XNamespace Ops = EpubBuild.Ops;

    [Fact]
    public void Constructs_become_semantic_xhtml_with_their_generated_css()
    {
        var document = TestFiles.Read("""
            # 书

            [toc]

            ## 甲

            > [!TIP]
            > 提示正文。

            === "Go"
                标签正文。

            通道
            :   传递数据。

            <!-- pagebreak -->

            分页后。

            ## 乙

            乙文。
            """);
        var book = EpubBuild.Of(document);
        var chapters = book.ChapterEntries.Select(book.Xml).ToList();
        var all = chapters.SelectMany(c => c.Descendants()).ToList();

        var aside = Assert.Single(all, e => e.Name == X + "aside" && ((string?)e.Attribute("class"))?.Contains("callout") == true);
        Assert.Equal("tip", (string?)aside.Attribute(Ops + "type"));
        Assert.Equal("callout callout-tip", (string?)aside.Attribute("class"));
        Assert.Equal("★ 提示", aside.Elements(X + "p").First().Value);
        Assert.Contains("提示正文。", aside.Value);
        Assert.Contains(all, e => e.Name == X + "p" && (string?)e.Attribute("class") == "tab-label" && e.Value == "Go");
        Assert.Equal("通道", Assert.Single(all, e => e.Name == X + "dt").Value);
        Assert.Equal("传递数据。", Assert.Single(all, e => e.Name == X + "dd").Value.Trim());
        Assert.Single(all, e => e.Name == X + "div" && (string?)e.Attribute("class") == "page-break");
        // A page break is no chapter break: the text after it is in the same file as the text before it.
        Assert.Single(chapters, c => c.Root!.Value.Contains("分页后", StringComparison.Ordinal) && c.Root!.Value.Contains("提示正文", StringComparison.Ordinal));
        var toc = Assert.Single(all, e => e.Name == X + "nav" && (string?)e.Attribute("class") == "inline-toc");
        var links = toc.Descendants(X + "a").Select(a => ((string?)a.Attribute("href"), a.Value)).ToList();
        Assert.Contains(links, l => l.Value == "甲" && l.Item1!.Contains('#'));
        Assert.Contains(links, l => l.Value == "乙");

        var css = book.Text("EPUB/styles/generated.css");
        Assert.Contains("aside.callout-tip { border-left-color: #1A7F37; background-color: #ECF6EE; }", css);
        Assert.Contains("div.page-break { page-break-before: always;", css);
    }

    [Fact]
    public void A_book_without_constructs_gets_no_rules_for_them() =>
        Assert.DoesNotContain("callout", EpubBuild.Of(Fixtures.SeedLike()).Text("EPUB/styles/generated.css"));
}
