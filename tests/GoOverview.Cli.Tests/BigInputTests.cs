using System.Globalization;
using System.Text;
using GoOverview.Markdown.Parsing;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// Large legal inputs (security issue, class 10): a moderately large document reaches every format (a guard
/// against quadratic behaviour coming back: at these sizes it would blow the runner's timeout), and each shape
/// past a DocumentLimits count is refused up front with exit 1, one clear message and no output.
/// </summary>
public sealed class BigInputTests
{
    private static readonly string[] AllFormats = ["json", "pdf", "docx", "epub", "pptx", "slides-pdf"];

    [Fact]
    public void A_moderately_large_document_builds_every_format()
    {
        var dir = TestFiles.NewTempDirectory();
        var sb = new StringBuilder("# 大文档\n\n");
        sb.Append(string.Concat(Enumerable.Repeat("长段落的文字，", 30_000 / 7))).Append("\n\n");
        for (var i = 0; i < 2_000; i++) sb.Append($"## 标题 {i}\n\n正文[^{i}]。\n\n");
        for (var i = 0; i < 2_000; i++) sb.Append($"[^{i}]: 注释 {i}\n");
        File.WriteAllText(Path.Combine(dir, "big.md"), sb.ToString());

        var result = CliRunner.Run(dir, "build", "big.md", "--to", string.Join(',', AllFormats), "-q");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var extension in new[] { "json", "pdf", "docx", "epub", "pptx" })
            Assert.True(new FileInfo(Path.Combine(dir, "out", "big." + extension)).Length > 0, extension);
    }

    [Theory]
    [InlineData("headings", DocumentLimits.MaxHeadings)]
    [InlineData("footnote definitions", DocumentLimits.MaxFootnotes)]
    [InlineData("link reference definitions", DocumentLimits.MaxLinkDefinitions)]
    public void A_count_past_its_limit_is_refused_up_front(string what, int limit)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Shape(what, limit + 1));

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json,docx", "-q");

        Assert.True(result.ExitCode == 1, result.ToString());
        var shown = string.Create(CultureInfo.InvariantCulture, $"{limit + 1:N0} {what}; GoOverview sets at most {limit:N0} per document");
        Assert.Contains(shown, result.StdErr);
        Assert.Contains("doc.md:", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr); // no stack trace
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFiles(Path.Combine(dir, "out")).Any());
    }

    [Theory]
    [InlineData("headings", DocumentLimits.MaxHeadings)]
    [InlineData("footnote definitions", DocumentLimits.MaxFootnotes)]
    [InlineData("link reference definitions", DocumentLimits.MaxLinkDefinitions)]
    public void A_count_at_its_limit_is_accepted(string what, int limit)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Shape(what, limit));

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json", "-q");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_paragraph_past_its_limit_is_refused_up_front_and_one_at_the_limit_is_accepted()
    {
        var dir = TestFiles.NewTempDirectory();
        // The meter counts each line with its line feed.
        File.WriteAllText(Path.Combine(dir, "over.md"), "# 文档\n\n" + new string('字', DocumentLimits.MaxParagraphCharacters) + "\n");
        File.WriteAllText(Path.Combine(dir, "at.md"), "# 文档\n\n" + new string('字', DocumentLimits.MaxParagraphCharacters - 1) + "\n");

        var over = CliRunner.Run(dir, "build", "over.md", "--to", "json,pptx", "-q");
        var at = CliRunner.Run(dir, "build", "at.md", "--to", "json", "-q");

        Assert.True(over.ExitCode == 1, over.ToString());
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"over.md:3:1: error: a paragraph of {DocumentLimits.MaxParagraphCharacters + 1:N0} characters; GoOverview sets at most"), over.StdErr);
        Assert.DoesNotContain("   at ", over.StdErr);
        Assert.False(File.Exists(Path.Combine(dir, "out", "over.json")) || File.Exists(Path.Combine(dir, "out", "over.pptx")));
        Assert.True(at.ExitCode == 0, at.ToString());
    }

    [Fact]
    public void A_link_longer_than_the_limit_becomes_plain_text_with_a_warning_at_its_line()
    {
        var dir = TestFiles.NewTempDirectory();
        var url = "https://example.com/" + new string('a', DocumentLimits.MaxUrlLength);
        File.WriteAllText(Path.Combine(dir, "doc.md"), $"# 链接\n\n[长链接]({url})\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("doc.md:3:", result.StdErr);
        Assert.Contains("link-too-long", result.StdErr);
        var json = File.ReadAllText(Path.Combine(dir, "out", "doc.json"));
        Assert.Contains("长链接", json);
        Assert.DoesNotContain(url, json);
    }

    private static string Shape(string what, int count)
    {
        var sb = new StringBuilder("# 文档\n\n");
        switch (what)
        {
            case "headings":
                for (var i = 1; i < count; i++) sb.Append($"## 标题 {i}\n\n");
                break;
            case "footnote definitions":
                for (var i = 0; i < count; i++) sb.Append($"文字[^{i}]。");
                sb.Append("\n\n");
                for (var i = 0; i < count; i++) sb.Append($"[^{i}]: 注释 {i}\n");
                break;
            default:
                for (var i = 0; i < count; i++) sb.Append($"[链接{i}][r{i}] ");
                sb.Append("\n\n");
                for (var i = 0; i < count; i++) sb.Append($"[r{i}]: https://example.com/{i}\n");
                break;
        }
        return sb.ToString();
    }
}
