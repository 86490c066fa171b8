using System.IO.Compression;
using System.Text;
using System.Text.Json;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Output files by extension, standard input and output, --to taking one value (issue: pandoc habits).</summary>
public sealed class PandocHabitsTests
{
    private const string Doc = "# 标题\n\n## 第一节\n\n正文**要点**。\n";

    private static string WithDoc()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "notes.md"), Doc);
        return dir;
    }

    [Fact]
    public void Output_file_name_picks_the_format_and_writes_only_that_file()
    {
        var dir = WithDoc();
        var result = CliRunner.Run(dir, "build", "notes.md", "-o", "notes.pdf", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "notes.pdf")), "notes.pdf must be a file");
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(dir, "notes.pdf")), 0, 5));
        Assert.Equal(["notes.md", "notes.pdf"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Slides_pdf_extension_and_nested_folder()
    {
        var dir = WithDoc();
        var result = CliRunner.Run(dir, "build", "notes.md", "-o", "talk/notes.slides.pdf", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "talk", "notes.slides.pdf")));
    }

    [Fact]
    public void Trailing_slash_or_existing_folder_keeps_one_file_per_format()
    {
        var dir = WithDoc();
        Directory.CreateDirectory(Path.Combine(dir, "given.pdf"));
        var result = CliRunner.Run(dir, "build", "notes.md", "-t", "json,docx", "-o", "given.pdf", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "given.pdf", "notes.json")));
        Assert.True(File.Exists(Path.Combine(dir, "given.pdf", "notes.docx")));
        result = CliRunner.Run(dir, "build", "notes.md", "-t", "json", "-o", "dist/", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "dist", "notes.json")));
    }

    [Theory]
    [InlineData("docx", "-o notes.pdf", "is a pdf file name but --to asks for docx")]
    [InlineData("pdf,docx", "-o notes.pdf", "names one file but --to asks for 2 formats")]
    [InlineData(null, "-o -", "-o - writes one format to standard output")]
    public void One_file_with_the_wrong_or_several_formats_is_bad_usage(string? to, string output, string message)
    {
        var dir = WithDoc();
        var arguments = new List<string> { "build", "notes.md" };
        if (to is not null) arguments.AddRange(["-t", to]);
        arguments.AddRange(output.Split(' '));
        var result = CliRunner.Run(dir, [.. arguments]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
        Assert.Equal(["notes.md"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void To_takes_one_value_so_the_input_may_follow_it()
    {
        var dir = WithDoc();
        var result = CliRunner.Run(dir, "build", "-t", "docx", "notes.md", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "out", "notes.docx")));
    }

    [Fact]
    public void Docx_to_standard_output_is_the_whole_package_and_nothing_else()
    {
        var dir = WithDoc();
        var result = CliRunner.Run(dir, "build", "notes.md", "-t", "docx", "-o", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = new ZipArchive(new MemoryStream(result.StdOutBytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Contains("第一节", reader.ReadToEnd());
        Assert.Contains("docx", result.StdErr); // the summary went to standard error
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash_or_when_piped()
    {
        var dir = TestFiles.NewTempDirectory();
        var bytes = Encoding.UTF8.GetBytes(Doc);
        foreach (var arguments in new[] { new[] { "build", "-", "-t", "json", "-o", "-" }, ["build", "-t", "json", "-o", "-"] })
        {
            var result = CliRunner.RunWithInput(dir, bytes, arguments);
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.StdOut);
            Assert.Equal("标题", json.RootElement.GetProperty("meta").GetProperty("title").GetString());
        }
    }

    [Fact]
    public void Empty_standard_input_is_bad_usage_pointing_at_the_sample()
    {
        var result = CliRunner.Run(TestFiles.NewTempDirectory(), "build", "-t", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("standard input is empty", result.StdErr);
        Assert.Contains("--sample", result.StdErr);
    }

    [Fact]
    public void Sample_flag_builds_the_built_in_document_and_refuses_an_input_beside_it()
    {
        var dir = WithDoc();
        var result = CliRunner.Run(dir, "build", "--sample", "-t", "json", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "out", "go-overview.json")));
        Assert.Equal(2, CliRunner.Run(dir, "build", "notes.md", "--sample").ExitCode);
    }

    [Theory]
    [InlineData("--too", "did you mean --to?")]
    [InlineData("--no-tco", "did you mean --no-toc?")]
    [InlineData("--strcit", "did you mean --strict?")]
    public void Mistyped_option_gets_a_suggestion(string typo, string suggestion)
    {
        var result = CliRunner.Run(WithDoc(), "build", typo, "pdf");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(suggestion, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Mistyped_command_gets_a_suggestion_from_the_parser()
    {
        var result = CliRunner.Run(WithDoc(), "biuld", "notes.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("build", result.StdErr);
        Assert.Contains("Did you mean", result.StdErr);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var result = CliRunner.Run(WithDoc(), "build", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.StdOut);
        Assert.Contains("-o notes.pdf", result.StdOut);
        Assert.Contains("--number-style", result.StdOut);
    }
}

/// <summary>-N, --number-style and --toc-depth through the CLI.</summary>
public sealed class NumberingAndTocDepthTests
{
    [Fact]
    public void Number_sections_in_chinese_style_reach_the_outputs()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 书名\n\n## 概述\n\n### 背景\n\n## 并发\n");
        var result = CliRunner.Run(dir, "build", "doc.md", "--number-style", "chinese", "-t", "json,docx", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        var json = File.ReadAllText(Path.Combine(dir, "out", "doc.json"));
        Assert.Contains("一、", json);
        Assert.Contains("（一）", json);
        Assert.Contains("二、", json);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Already_numbered_headings_get_one_warning_with_their_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 书名\n\n## 一、概述\n\n## 二、并发\n");
        var result = CliRunner.Run(dir, "build", "doc.md", "-N", "-t", "json", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("doc.md:3:1: warning: headings already carry numbers", result.StdErr);
    }

    [Fact]
    public void Toc_depth_sets_the_word_toc_field_and_is_range_checked()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 书名\n\n## 概述\n\n### 背景\n");
        var result = CliRunner.Run(dir, "build", "doc.md", "--toc-depth", "2", "-t", "docx", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(dir, "out", "doc.docx"));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Contains("TOC \\o \"2-2\"", reader.ReadToEnd()); // the H1 is the title page's title, not a TOC entry

        result = CliRunner.Run(dir, "build", "doc.md", "--toc-depth", "2", "-t", "epub", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var epub = System.IO.Compression.ZipFile.OpenRead(Path.Combine(dir, "out", "doc.epub"));
        var nav = new StreamReader(epub.Entries.Single(e => e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("概述", nav);
        Assert.DoesNotContain("背景", nav);

        var bad = CliRunner.Run(dir, "build", "doc.md", "--toc-depth", "9", "-t", "docx");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--toc-depth must be a heading level from 1 to 6, got 9", bad.StdErr);
    }
}

public sealed class CompletionTests
{
    [Fact]
    public void To_values_complete_through_the_suggest_directive()
    {
        var result = CliRunner.Run(TestFiles.NewTempDirectory(), "[suggest:22]", "gooverview build --to ");
        Assert.Equal(0, result.ExitCode);
        var offered = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["all", "docx", "epub", "json", "pdf", "pptx", "slides-pdf"], offered);
    }
}
