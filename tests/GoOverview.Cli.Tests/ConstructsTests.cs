using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// TestData/constructs/constructs.md — GitHub alerts, MkDocs admonitions and tabs, ::: containers, definition lists,
/// page breaks, [toc], image attribute lists and a mermaid fence — through every format: no syntax leaks into any
/// output, titles and bodies are all there, every file is valid, page breaks break pages, and the one construct not
/// rendered (the diagram) gets exactly one warning with its line.
/// </summary>
public sealed class ConstructsTests
{
    private static readonly string[] Markers = ["[!NOTE]", "[!TIP]", "[!WARNING]", "!!! ", "??? ", "???+", "=== \"", ":::", "[toc]", "{ class=", "{: .center", "{ width=", "\\newpage", "pagebreak"];

    private static readonly string[] Shown =
    [
        "这是一条 GitHub 说明", "使用 go vet 检查常见错误", "公开的标识符以大写字母开头", "不要在循环里 defer 大量资源", "包绕过类型安全",
        "关于模块的说明", "MkDocs 说明正文第一段", "第二项", "可折叠的提示", "折叠提示正文", "展开的警告正文", "外层危险", "内层信息", "内层正文",
        "提示", "注意", "Python", "print(\"你好\")", "fmt.Println(\"你好\")", "标签页里的普通段落", "通道", "goroutine 之间传递数据的管道",
        "第二个定义：可以动态增长", "容器警告标题", "容器里的警告正文", "容器提示正文，没有标题", "普通容器正文", "graph TD;",
    ];

    [ToolFact("pdftotext", "qpdf", "epubcheck")]
    public void Every_construct_is_rendered_in_every_format_without_syntax()
    {
        var dir = TestFiles.NewTempDirectory("constructs");
        var source = Path.Combine(TestFiles.RepoRoot, "tests", "GoOverview.Cli.Tests", "TestData", "constructs");
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));

        var run = CliRunner.Run(dir, "build", "constructs.md", "--to", "pdf,docx,epub,pptx,slides-pdf");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warnings = run.StdErr.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["constructs.md:107:1: warning: mermaid diagram not rendered; shown as code [diagram-not-rendered]"],
            warnings.Where(w => !w.EndsWith("[slides-image]", StringComparison.Ordinal)).Select(w => w[(w.LastIndexOf('/') + 1)..].Trim()));
        // Reported once: the highlighter says nothing more about the diagram's language.
        Assert.Single(run.StdErr.Split('\n'), l => l.Contains("constructs.md:107:", StringComparison.Ordinal));
        var outDir = Path.Combine(dir, "out");
        var texts = new Dictionary<string, string>
        {
            ["pdf"] = PdfText(Path.Combine(outDir, "constructs.pdf")),
            ["docx"] = DocxText(Path.Combine(outDir, "constructs.docx")),
            ["epub"] = EpubText(Path.Combine(outDir, "constructs.epub")),
            ["pptx"] = PptxText(Path.Combine(outDir, "constructs.pptx")),
            ["slides-pdf"] = PdfText(Path.Combine(outDir, "constructs.slides.pdf")),
        };
        foreach (var (format, text) in texts)
        {
            var flat = Regex.Replace(text, @"\s+", " ");
            foreach (var marker in Markers) Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{format} shows \"{marker}\"");
            foreach (var shown in Shown) Assert.True(flat.Contains(shown, StringComparison.Ordinal), $"{format} lacks \"{shown}\"");
        }
        AssertValid(outDir);
    }

    [ToolFact("pdftotext")]
    public void Page_breaks_start_pages_and_toc_goes_where_the_source_put_it()
    {
        var dir = TestFiles.NewTempDirectory("constructs-breaks");
        File.WriteAllText(Path.Combine(dir, "b.md"), """
            # 书名

            前言一句。

            [TOC]

            ## 第一节

            第一节正文。

            <!-- pagebreak -->

            第一节分页后的正文。

            \newpage

            ## 第二节

            <div style="page-break-after: always"></div>

            第二节分页后的正文。
            """);

        var run = CliRunner.Run(dir, "build", "b.md", "--to", "pdf,docx,pptx");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("warning", run.StdErr);
        var pdf = Path.Combine(dir, "out", "b.pdf");
        var pages = Enumerable.Range(1, PageCount(pdf)).Select(p => PageText(pdf, p)).ToList();
        // cover, 书名+前言, 目录, 第一节, 分页后, 第二节, 分页后
        Assert.Equal(7, pages.Count);
        Assert.Contains("前言一句", pages[1]);
        Assert.DoesNotContain("目录", pages[1]);
        Assert.Contains("目录", pages[2]);
        Assert.Contains("第一节正文", pages[3]);
        Assert.Contains("第一节分页后的正文", pages[4]);
        Assert.DoesNotContain("第一节正文", pages[4]);
        Assert.Contains("第二节", pages[5]);
        Assert.DoesNotContain("分页后", pages[5]);
        Assert.Contains("第二节分页后的正文", pages[6]);

        using var docx = WordprocessingDocument.Open(Path.Combine(dir, "out", "b.docx"), false);
        var body = docx.MainDocumentPart!.Document!.Body!;
        var breaks = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Break>().Count(b => b.Type?.Value == DocumentFormat.OpenXml.Wordprocessing.BreakValues.Page);
        Assert.Equal(5, breaks); // three in the source, one after the title page, one after the TOC
        var paragraphs = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.True(paragraphs.IndexOf("前言一句。") < paragraphs.IndexOf("目录"), "the TOC follows the preface, where [TOC] is");

        using var pptx = PresentationDocument.Open(Path.Combine(dir, "out", "b.pptx"), false);
        var slideTexts = pptx.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText).ToList();
        Assert.Contains(slideTexts, t => t.Contains("第一节（续）", StringComparison.Ordinal) && t.Contains("第一节分页后的正文", StringComparison.Ordinal));
        Assert.DoesNotContain(slideTexts, t => t.Contains("第一节正文", StringComparison.Ordinal) && t.Contains("分页后", StringComparison.Ordinal));
    }

    private static int PageCount(string pdf) =>
        int.Parse(Regex.Match(ExternalTool.Run("pdfinfo", [pdf]).StdOut, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string PageText(string pdf, int page) =>
        ExternalTool.Run("pdftotext", ["-f", $"{page}", "-l", $"{page}", pdf, "-"]).StdOut;

    private static string PdfText(string pdf) => ExternalTool.Run("pdftotext", [pdf, "-"]).StdOut;

    private static string DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return string.Join('\n', doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static string PptxText(string path)
    {
        using var doc = PresentationDocument.Open(path, false);
        return string.Join('\n', doc.PresentationPart!.SlideParts.SelectMany(s => s.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Paragraph>()).Select(p => p.InnerText));
    }

    private static string EpubText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) && !e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xhtml = reader.ReadToEnd();
            var body = xhtml[xhtml.IndexOf("<body", StringComparison.Ordinal)..];
            text.Append(System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(body, "<(p|li|dt|dd|pre|h[1-6]|div|aside|section)[ >]", "\n$0"), "<[^>]+>", ""))).Append('\n');
        }
        return text.ToString();
    }

    private static void AssertValid(string outDir)
    {
        foreach (var pdf in new[] { "constructs.pdf", "constructs.slides.pdf" })
        {
            var check = ExternalTool.Run("qpdf", ["--check", Path.Combine(outDir, pdf)]);
            Assert.True(check.ExitCode == 0, pdf + ": " + check);
        }
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        using (var docx = WordprocessingDocument.Open(Path.Combine(outDir, "constructs.docx"), false))
            Assert.Empty(validator.Validate(docx).Select(e => e.Description));
        using (var pptx = PresentationDocument.Open(Path.Combine(outDir, "constructs.pptx"), false))
            Assert.Empty(validator.Validate(pptx).Select(e => e.Description));
        Assert.Empty(Epubcheck.Problems(Path.Combine(outDir, "constructs.epub")));
    }
}
