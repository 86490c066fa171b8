using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace GoOverview.Pdf.Tests;

/// <summary>The cover carries subtitle, author, organisation and date; the document H1 it shows is not set again.</summary>
public sealed class CoverTitleTests
{
    private const string Source = "---\ntitle: 并发编程讲义\nsubtitle: 从入门到实践\nauthor: 张三\norganization: 某某大学计算机学院\ndate: 2026-12-01\n---\n\n" +
                                  "# 并发编程讲义\n\n开篇正文。\n\n## 第一节\n\n正文。\n\n#### 四级标题\n\n正文。\n";

    [Fact]
    public void The_cover_shows_the_metadata_and_the_h1_is_only_a_bookmark()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics, new PdfOptions { Toc = false });
        using var pdf = PdfDocument.Open(path);
        var cover = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        foreach (var expected in new[] { "并发编程讲义", "从入门到实践", "张三", "某某大学计算机学院", "2026年12月1日" })
            Assert.Contains(expected, cover);
        var body = PdfLines.Read(path).Where(l => l.Page == 2).ToList();
        // The running header names the document; no line of the page body is the H1 again.
        Assert.DoesNotContain(body.Skip(1), l => l.Text == "并发编程讲义");
        Assert.Equal("开篇正文。", body[1].Text);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.GetNodes(), n => n.Title == "并发编程讲义" && n is DocumentBookmarkNode { PageNumber: 2 });
    }

    [Fact]
    public void Without_a_cover_the_h1_is_set()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics, new PdfOptions { Toc = false, Cover = false });
        Assert.Contains(PdfLines.Read(path), l => l.Page == 1 && l.Text == "并发编程讲义" && l.AllBold);
    }

    [Fact]
    public void An_h4_is_set_in_the_accent_colour_unlike_h3_and_body()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics, new PdfOptions { Toc = false });
        var lines = PdfLines.Read(path);
        var h4 = lines.Single(l => l.Text == "四级标题").Letters[0].Color.ToRGBValues();
        var body = lines.First(l => l.Text == "正文。").Letters[0].Color.ToRGBValues();
        Assert.NotEqual(body, h4);
        Assert.True(h4.b > h4.r, $"accent blue expected, got {h4}");
    }
}
