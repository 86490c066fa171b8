using System.Collections.Immutable;
using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.Model;
using GoOverview.TestSupport;
using Xunit;
using static GoOverview.Epub.Tests.Support.M;

namespace GoOverview.Epub.Tests;

/// <summary>
/// The EPUB set like the PDF: the CJK–Latin quarter em in the XHTML itself, no lone last character, reference
/// lists flush left, accessibility metadata, the metadata's cover image, a chapter class calibre leaves alone.
/// </summary>
public sealed class BookTypographyTests
{
    private const char QuarterEm = '\u2005';
    private static readonly XNamespace X = EpubBuild.Xhtml;

    private static Document Book(Metadata? metadata = null, string? folder = null) => Doc(metadata ?? Meta("排版测试", "测试作者"),
    [
        H(2, "s", "第一节"),
        P(T("使用Go语言编写C++代码，共3个文件。")),
        P(T("运行"), new Code("go build", Attr.Empty), T("命令即可。")),
        P("Go 语言已经有空格。"),
        Bullets(Item(P(A("https://go.dev/doc/effective_go", "Effective Go"))), Item(P(A("https://go.dev/blog", "Go 博客")))),
    ], folder);

    private static string Chapter(EpubBuild book) => book.Text(book.EntryNames.First(n => n.StartsWith("EPUB/text/chapter", StringComparison.Ordinal)));

    [Fact]
    public void Han_and_Latin_that_touch_get_a_quarter_em_space_in_the_text_and_spaced_pairs_stay_as_written()
    {
        var chapter = Chapter(EpubBuild.Of(Book()));
        Assert.Contains($"使用{QuarterEm}Go{QuarterEm}语言编写{QuarterEm}C", chapter);
        Assert.Contains($"共{QuarterEm}3{QuarterEm}个", chapter);
        Assert.Contains($"运行{QuarterEm}<code>go build</code>{QuarterEm}命令", chapter); // across element boundaries
        Assert.Contains("Go 语言已经有", chapter); // a space in the source stays the only gap
        Assert.DoesNotContain($" {QuarterEm}", chapter);
    }

    [Fact]
    public void A_paragraphs_last_two_characters_and_closing_punctuation_stay_on_one_line()
    {
        var chapter = XDocument.Parse(Chapter(EpubBuild.Of(Book())));
        var kept = chapter.Descendants(X + "span").Where(s => (string?)s.Attribute("class") == "keep").Select(s => s.Value).ToList();
        Assert.Contains("文件。", kept);
        Assert.Contains("即可。", kept);
        Assert.Contains("white-space: nowrap", EpubBuild.Of(Book()).Text("EPUB/styles/epub.css"));
    }

    [Fact]
    public void A_list_of_links_is_a_flush_left_reference_list_and_links_are_underlined()
    {
        var book = EpubBuild.Of(Book());
        var list = XDocument.Parse(Chapter(book)).Descendants(X + "ul").Single();
        Assert.Equal("references", (string?)list.Attribute("class"));
        var css = book.Text("EPUB/styles/epub.css");
        Assert.Contains("ul.references, ol.references, section.footnotes { text-align: left; }", css);
        Assert.Contains("a { color: #1a5fb4; text-decoration: underline;", css);
        Assert.Contains("p {\n  margin: 0;\n  text-indent: 2em;\n}", css); // one paragraph signal: the indent only
    }

    [Fact]
    public void Chapters_do_not_use_the_class_calibre_takes_for_chapter_starts()
    {
        var section = XDocument.Parse(Chapter(EpubBuild.Of(Book()))).Descendants(X + "section").First();
        Assert.Equal("chapter-body", (string?)section.Attribute("class"));
    }

    [Fact]
    public void The_package_carries_schema_org_accessibility_metadata()
    {
        var opf = EpubBuild.Of(Book()).Text("EPUB/package.opf");
        foreach (var property in new[] { "schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature", "schema:accessibilityHazard", "schema:accessibilitySummary" })
            Assert.Contains($"property=\"{property}\"", opf);
        Assert.Contains(">tableOfContents<", opf);
        Assert.Contains(">none<", opf);
    }

    [Fact]
    public void The_title_page_shows_author_and_the_build_date_when_the_metadata_has_none()
    {
        var title = EpubBuild.Of(Book()).Text("EPUB/text/titlepage.xhtml");
        Assert.Contains(">测试作者<", title);
        Assert.Contains(">2025年3月14日<", title);
    }

    [ToolFact("epubcheck", "java")]
    public void A_cover_image_named_in_the_metadata_is_the_cover_and_the_book_passes_epubcheck()
    {
        var folder = TestFiles.NewTempDirectory("epub-cover");
        Fixtures.WritePng(Path.Combine(folder, "my-cover.png"), 600, 900);
        var meta = Meta("排版测试", "测试作者") with { Extra = ImmutableDictionary<string, string>.Empty.Add("cover-image", "my-cover.png") };
        var book = EpubBuild.Of(Book(meta, folder));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "my-cover.png")), book.Entries["EPUB/images/cover.png"]);
        Assert.Contains("properties=\"cover-image\"", book.Text("EPUB/package.opf"));
        Assert.Empty(book.Diagnostics.Items);
        Assert.Empty(Epubcheck.Problems(book.FilePath));
    }
}
