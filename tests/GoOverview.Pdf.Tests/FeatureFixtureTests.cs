using System.Text;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>Block and inline features from a Markdown fixture, read back with pdftotext/PdfPig/qpdf.</summary>
public sealed class FeatureFixtureTests
{
    private static string Fixture()
    {
        var md = new StringBuilder("""
            ---
            title: 特性测试
            subtitle: 副标题
            author: [张三, 李四]
            date: 2026-01-01
            ---

            # 特性

            正文有**加粗**、*强调*、~~删除线~~、<u>下划线</u>、H<sub>2</sub>O、x<sup>2</sup>、`inline code` 和脚注[^n]。

            > 引用块里的文字，第二层：
            >
            > > 嵌套引用。

            ---

            1. 第一项
               - 子项甲
                 1. 更深一层
            2. 第二项

            ```go
            package main

            func main() {
            	fmt.Println("你好，世界") // 一行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的注释
            }
            ```

            | 名称 | 说明 | 数量 |
            |:-----|:-----|-----:|

            """);
        for (var i = 1; i <= 70; i++) md.Append($"| 行{i} | 第{i}行的说明文字，中文需要在单元格里换行显示才能放得下 | {i} |\n");
        md.Append("\n[^n]: 脚注的内容。\n");
        return md.ToString();
    }

    [ToolFact("pdftotext", "qpdf")]
    public void Table_split_across_pages_repeats_its_header_and_everything_is_drawn()
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read(Fixture(), diagnostics);
        var path = PdfRender.ToFile(document, diagnostics);
        Assert.Equal(0, ExternalTool.Run("qpdf", ["--check", path]).ExitCode);

        using var pdf = PdfDocument.Open(path);
        var pagesWithRows = 0;
        foreach (var page in pdf.GetPages())
        {
            var text = string.Concat(page.Letters.Select(l => l.Value));
            if (!text.Contains("第1行", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(text, "第[0-9]+行的说明")) continue;
            pagesWithRows++;
            Assert.Contains("名称", text);
            Assert.Contains("说明", text);
            Assert.Contains("数量", text);
        }
        Assert.True(pagesWithRows >= 2, "the 70-row table should span pages");

        var all = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", path, "-"]).StdOut;
        var squashed = System.Text.RegularExpressions.Regex.Replace(all, @"\s+", "");
        foreach (var expected in new[] { "加粗", "强调", "删除线", "下划线", "H2O", "x2", "inlinecode", "脚注的内容。", "嵌套引用。", "更深一层", "packagemain", "第70行", "张三、李四", "副标题" })
            Assert.Contains(expected, squashed);
    }

    [Fact]
    public void Letter_paper_and_no_toc_are_honoured()
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("# 标题\n\n## 小节\n\n正文。\n", diagnostics);
        var path = PdfRender.ToFile(document, diagnostics, new PdfOptions { Paper = PaperSize.Letter, Toc = false });
        using var pdf = PdfDocument.Open(path);
        Assert.Equal(2, pdf.NumberOfPages);
        var page = pdf.GetPage(2);
        Assert.Equal(612, page.Width, 0);
        Assert.Equal(792, page.Height, 0);
        Assert.DoesNotContain("目录", string.Concat(page.Letters.Select(l => l.Value)));
    }

    [Fact]
    public void A_user_theme_overrides_the_key_term_colour_and_bad_keys_are_reported()
    {
        var dir = TestFiles.NewTempDirectory();
        var theme = Path.Combine(dir, "theme.json");
        File.WriteAllText(theme, """{ "colors": { "keyTerm": "#0000FF" }, "nonsense": 1 }""");
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("正文<span style=\"color:rgb(255，0，0);font-weight:bold\">关键词</span>。\n", diagnostics);
        var path = PdfRender.ToFile(document, diagnostics, new PdfOptions { ThemePath = theme, Cover = false, Toc = false });
        using var pdf = PdfDocument.Open(path);
        var blue = pdf.GetPages().SelectMany(p => p.Letters).Where(l => l.Color.ToRGBValues() is (< 0.01, < 0.01, > 0.99)).ToList();
        Assert.Equal("关键词", string.Concat(blue.Select(l => l.Value)));
        Assert.All(blue, l => Assert.Contains("Bold", l.FontName));
        Assert.Contains(diagnostics.Items, d => d.Code == "theme-unknown");
    }
}
