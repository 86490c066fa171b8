using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>Callout boxes, page breaks and the TOC's place in the handout, read back with PdfPig.</summary>
public sealed class ConstructPdfTests
{
    [Fact]
    public void A_long_callout_continues_on_the_next_page_with_its_text_and_title_once()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"    第{i}段提示正文，足够长的一句话，用来把提示框撑过一页。"));
        var document = TestFiles.Read("# 标题\n\n!!! tip \"跨页提示\"\n" + body + "\n\n后文。\n");
        var path = PdfRender.ToFile(document, new DiagnosticBag(), new PdfOptions { Toc = false, Cover = false });
        using var pdf = PdfDocument.Open(path);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
        Assert.True(pages.Count >= 2);
        Assert.Single(pages, p => p.Contains("跨页提示", StringComparison.Ordinal));
        Assert.Contains("★", pages[0]);
        for (var i = 1; i <= 40; i++) Assert.Single(pages, p => p.Contains($"第{i}段提示正文", StringComparison.Ordinal));
        Assert.Contains("后文", pages[^1]);
    }

    [Fact]
    public void Page_breaks_start_new_pages_and_toc_pages_go_where_the_source_says()
    {
        var document = TestFiles.Read("# 书\n\n序言。\n\n[toc]\n\n## 甲\n\n甲文。\n\n<!-- pagebreak -->\n\n甲续。\n\n## 乙\n\n乙文。\n");
        var path = PdfRender.ToFile(document, new DiagnosticBag(), new PdfOptions { Cover = false });
        using var pdf = PdfDocument.Open(path);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
        Assert.Equal(4, pages.Count); // 书+序言, 目录, 甲, 甲续+乙
        Assert.Contains("序言", pages[0]);
        Assert.Contains("目录", pages[1]);
        Assert.Contains("甲文", pages[2]);
        Assert.DoesNotContain("甲续", pages[2]);
        Assert.Contains("甲续", pages[3]);
        Assert.Contains("乙文", pages[3]);
    }
}
