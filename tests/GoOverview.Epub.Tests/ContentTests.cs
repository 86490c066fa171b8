using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.Model;
using GoOverview.TestSupport;
using Xunit;
using static GoOverview.Epub.Tests.Support.M;

namespace GoOverview.Epub.Tests;

public sealed class ContentTests
{
    private static readonly XNamespace X = EpubBuild.Xhtml;
    private static readonly XNamespace Ops = EpubBuild.Ops;

    [Fact]
    public void KeyTerms_AreSpansWithTheKeyTermClass_AndTheCssMakesThemRedAndBold()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        var spans = book.ChapterEntries.SelectMany(c => book.Xml(c).Descendants(X + "span"))
            .Where(s => ((string?)s.Attribute("class"))?.Split(' ').Contains("key-term") == true).Select(s => s.Value).ToList();
        Assert.Equal(Fixtures.SeedKeyTerms, spans);
        var css = book.Text("EPUB/styles/epub.css");
        var rule = css[css.IndexOf(".key-term {", StringComparison.Ordinal)..];
        rule = rule[..rule.IndexOf('}')];
        Assert.Contains("color: #e00000", rule);
        Assert.Contains("font-weight: bold", rule);
    }

    [Fact]
    public void NoInlineStyleAttributes_ColoursBecomeGeneratedClasses()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-colours")));
        foreach (var name in book.XhtmlEntries)
            Assert.DoesNotContain(book.Xml(name).Descendants(), e => e.Attribute("style") is not null);
        var all = string.Concat(book.ChapterEntries.Select(book.Text));
        Assert.Contains("<span class=\"c-336699\">蓝色文字</span>", all);
        Assert.Contains("<span class=\"c-ff8800\">橙色文字</span>", all);
        var generated = book.Text("EPUB/styles/generated.css");
        Assert.Contains(".c-336699 { color: #336699; }", generated);
        Assert.Contains(".c-ff8800 { color: #ff8800; }", generated);
    }

    [Fact]
    public void Html_HasTheLanguage_AndCssIsCjkFriendly()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        var root = book.Xml("EPUB/text/chapter1.xhtml").Root!;
        Assert.Equal("zh-CN", (string?)root.Attribute("lang"));
        Assert.Equal("zh-CN", (string?)root.Attribute(XNamespace.Xml + "lang"));
        var css = book.Text("EPUB/styles/epub.css");
        Assert.Contains("line-break: strict", css);
        Assert.Contains("text-align: justify", css);
        Assert.Contains("line-height: 1.75", css);
        var generated = book.Text("EPUB/styles/generated.css");
        Assert.Contains("src: url(\"../fonts/NotoSansSC-Regular.ttf\")", generated);
        Assert.Contains("src: url(\"../fonts/NotoSansSC-Bold.ttf\")", generated);
    }

    [Fact]
    public void UserStylesheet_ReplacesTheBundledOne()
    {
        var folder = TestFiles.NewTempDirectory("epub-css");
        var css = Path.Combine(folder, "mine.css");
        File.WriteAllText(css, "body { color: #123456; }\n");
        var book = EpubBuild.Of(Fixtures.SeedLike(), new EpubOptions { StylesheetPath = css });
        Assert.Equal("body { color: #123456; }\n", book.Text("EPUB/styles/epub.css"));
    }

    [Fact]
    public void Chapters_SplitAtH2_AndTheTitleAppearsOnceAsAHeading()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        var spine = book.SpineDocuments();
        Assert.Equal(["EPUB/text/cover.xhtml", "EPUB/text/titlepage.xhtml", "EPUB/text/chapter1.xhtml", "EPUB/text/chapter2.xhtml",
            "EPUB/text/chapter3.xhtml", "EPUB/text/chapter4.xhtml", "EPUB/text/chapter5.xhtml"], spine);
        // chapter 1 holds the introduction (its H1 is the title, shown on the title page); chapters 2–5 start with an H2.
        Assert.Empty(book.Xml("EPUB/text/chapter1.xhtml").Descendants(X + "h1"));
        for (var n = 2; n <= 5; n++)
            Assert.Equal("h2", book.Xml($"EPUB/text/chapter{n}.xhtml").Descendants(X + "section").First().Elements().First().Name.LocalName);
        var headingsWithTitle = spine.SelectMany(s => book.Xml(s).Descendants())
            .Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" && e.Value.Replace("\u2005", "").Contains(Fixtures.SeedTitle)).ToList();
        Assert.Single(headingsWithTitle);
        Assert.Equal("golang概述", (string?)headingsWithTitle[0].Attribute("id"));
    }

    [Fact]
    public void SplitLevel1_KeepsH2sInsideOneChapter()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike(), new EpubOptions { SplitLevel = 1 });
        Assert.Single(book.ChapterEntries);
    }

    [Fact]
    public void Nav_MirrorsTheHeadingTree()
    {
        var document = Fixtures.SeedLike();
        var book = EpubBuild.Of(document);
        var nav = book.Xml("EPUB/text/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "toc");
        var actual = Outline(nav.Element(X + "ol")!, 1);
        var expected = document.Blocks.OfType<Heading>().Select(h => $"{h.Level}:{PlainText.Of(h.Content)}").ToList();
        Assert.Equal(expected, actual);
        // every nav link lands on an element with that id in that file
        foreach (var a in nav.Descendants(X + "a"))
        {
            var href = (string)a.Attribute("href")!;
            var file = "EPUB/text/" + href[..href.IndexOf('#')];
            var id = href[(href.IndexOf('#') + 1)..];
            Assert.Contains(book.Xml(file).Descendants(), e => (string?)e.Attribute("id") == id);
        }
        var landmarks = book.Xml("EPUB/text/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "landmarks");
        Assert.Equal(["cover", "titlepage", "bodymatter"], landmarks.Descendants(X + "a").Select(a => (string)a.Attribute(Ops + "type")!));
        // The NCX has the same tree.
        XNamespace ncx = "http://www.daisy.org/z3986/2005/ncx/";
        var points = book.Xml("EPUB/toc.ncx").Descendants(ncx + "navPoint")
            .Select(p => $"{p.AncestorsAndSelf(ncx + "navPoint").Count()}:{p.Element(ncx + "navLabel")!.Value}").ToList();
        Assert.Equal(actual.Select(Depth), points);
    }

    /// <summary>"level:text" of each heading in the nav, where the level is the nesting depth.</summary>
    private static List<string> Outline(XElement ol, int depth) =>
        ol.Elements(X + "li").SelectMany(li =>
            new[] { $"{depth}:{li.Element(X + "a")!.Value}" }.Concat(li.Element(X + "ol") is { } sub ? Outline(sub, depth + 1) : [])).ToList();

    private static string Depth(string entry) => entry;

    [Fact]
    public void InternalLinks_PointAtTheChapterFileThatHoldsTheTarget()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        var link = book.Xml("EPUB/text/chapter4.xhtml").Descendants(X + "a").Single(a => a.Value == "应用领域");
        Assert.Equal("chapter3.xhtml#二go应用领域", (string?)link.Attribute("href"));
        Assert.Contains(book.Xml("EPUB/text/chapter3.xhtml").Descendants(X + "h2"), h => (string?)h.Attribute("id") == "二go应用领域");
    }

    [Fact]
    public void MissingLinkTarget_KeepsTheTextAndWarns()
    {
        var doc = Doc(Meta("链接"), [H(1, "t", "链接"), P(T("去"), A("#nowhere", "不存在的地方"), T("。"))]);
        var book = EpubBuild.Of(doc);
        var text = string.Concat(book.ChapterEntries.Select(book.Text));
        Assert.Contains("去不存在的地方。", text);
        Assert.Contains(book.Diagnostics.Items, d => d.Code == "link-target-missing");
    }

    [Fact]
    public void Footnotes_AreEpub3NotesWithBackLinks()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-notes")));
        var chapter = book.Xml("EPUB/text/chapter1.xhtml");
        var refs = chapter.Descendants(X + "a").Where(a => (string?)a.Attribute(Ops + "type") == "noteref").ToList();
        Assert.Equal(["1", "2"], refs.Select(r => r.Value));
        var asides = chapter.Descendants(X + "aside").ToList();
        Assert.Equal(2, asides.Count);
        Assert.All(asides, a => Assert.Equal("footnote", (string?)a.Attribute(Ops + "type")));
        Assert.Equal("#" + (string)asides[0].Attribute("id")!, (string?)refs[0].Attribute("href"));
        var back = asides[0].Descendants(X + "a").First();
        Assert.Equal("#" + (string)refs[0].Attribute("id")!, (string?)back.Attribute("href"));
        Assert.Contains("第一个脚注的内容。", asides[0].Value);
        // The second reference to note 1 (chapter 3) links to the note in chapter 1.
        var later = book.Xml("EPUB/text/chapter3.xhtml").Descendants(X + "a").Single(a => (string?)a.Attribute(Ops + "type") == "noteref");
        Assert.Equal("chapter1.xhtml#" + (string)asides[0].Attribute("id")!, (string?)later.Attribute("href"));
    }

    [Fact]
    public void Images_AreCopiedIn_RemoteImagesBecomeLinksWithADiagnostic()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-images")));
        var chapter = book.Xml("EPUB/text/chapter3.xhtml");
        var img = chapter.Descendants(X + "img").Single();
        Assert.Equal("../images/image-1.png", (string?)img.Attribute("src"));
        Assert.Equal("示意图", (string?)img.Attribute("alt"));
        Assert.Equal("图 1：示意图", chapter.Descendants(X + "figcaption").Single().Value);
        Assert.Equal(0x89, book.Entries["EPUB/images/image-1.png"][0]);
        var remote = chapter.Descendants(X + "a").Single(a => a.Value == "远程图");
        Assert.Equal("https://example.com/remote.png", (string?)remote.Attribute("href"));
        Assert.Contains(book.Diagnostics.Items, d => d.Code == "remote-resource");
        foreach (var name in book.XhtmlEntries)
            Assert.DoesNotContain(book.Xml(name).Descendants(X + "img"), i => ((string)i.Attribute("src")!).Contains("//"));
    }

    [Fact]
    public void HtmlBornNodes_TablesWithSpansAlignedDivs_AndRawBlocksShowNothing()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-raw")));
        var chapter = book.Xml("EPUB/text/chapter4.xhtml");
        var text = chapter.Root!.Value.Replace("\u2005", ""); // without the CJK–Latin quarter ems
        Assert.Contains("安全的HTML段落", text);
        Assert.DoesNotContain("注释不显示", text);
        var table = chapter.Descendants(X + "table").Single(t => t.Value.Contains("原始表格单元"));
        Assert.Empty(table.Descendants(X + "thead")); // an HTML table without a header row has none
        Assert.Equal(["2", null, null, null], table.Descendants(X + "td").Select(td => (string?)td.Attribute("rowspan")));
        Assert.Equal([null, null, null, "2"], table.Descendants(X + "td").Select(td => (string?)td.Attribute("colspan")));
        Assert.Equal(["原始表格单元", "第二格", "第三格", "通栏"], table.Descendants(X + "td").Select(td => td.Value));
        var centred = chapter.Descendants(X + "div").Single(d => ((string?)d.Attribute("class"))?.Contains("align-center") == true);
        Assert.Equal(["列表一", "列表二"], centred.Descendants(X + "li").Select(li => li.Value));
        Assert.DoesNotContain(book.Diagnostics.Items, d => d.Code.StartsWith("raw", StringComparison.Ordinal));
    }

    [Fact]
    public void IllegalXmlCharacters_AreRemovedWithADiagnostic()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-chars")));
        Assert.Contains("和控制字符被删除。", book.Xml("EPUB/text/chapter4.xhtml").Root!.Value);
        Assert.Contains(book.Diagnostics.Items, d => d.Code == "xml-illegal-char");
    }

    [Fact]
    public void DocumentWithoutHeadings_StillHasANavEntryAndTitlePage()
    {
        var book = EpubBuild.Of(Doc(Meta(""), [P("只有一段文字。")]));
        var nav = book.Xml("EPUB/text/nav.xhtml");
        Assert.Single(nav.Descendants(X + "nav").First().Descendants(X + "li"));
        Assert.Equal("fixture", book.Xml("EPUB/text/titlepage.xhtml").Descendants(X + "h1").Single().Value);
    }
}
