using GoOverview.Export;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>The cover shows title, subtitle, authors and a date (the build's timestamp when the metadata has none) and the page count.</summary>
public sealed class CoverPageTests
{
    private static string CoverText(string markdown, out int pages)
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(markdown, diagnostics), diagnostics);
        using var pdf = PdfDocument.Open(path);
        pages = pdf.NumberOfPages;
        return string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_only_cover_shows_the_build_date_in_chinese_and_the_page_count()
    {
        const string markdown = "---\ntitle: 只有标题\n---\n\n## 一节\n\n正文。\n";
        var text = CoverText(markdown, out var pages);
        var stamp = ExportContext.TimestampFor(TestFiles.Read(markdown, new DiagnosticBag())).UtcDateTime;
        Assert.Contains("只有标题", text);
        Assert.Contains($"{stamp.Year}年{stamp.Month}月{stamp.Day}日", text);
        Assert.Contains($"共{pages}页", text);
    }

    [Fact]
    public void Metadata_date_subtitle_and_authors_are_shown()
    {
        var text = CoverText("---\ntitle: 标题\nsubtitle: 副标题\nauthor: [张三, 李四]\ndate: 2026-03-05\n---\n\n正文。\n", out _);
        Assert.Contains("副标题", text);
        Assert.Contains("张三、李四", text);
        Assert.Contains("2026年3月5日", text);
    }
}
