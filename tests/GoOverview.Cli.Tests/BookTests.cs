using System.Text.Json;
using GoOverview.TestSupport;
using GoOverview.TestSupport.Hostile;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>--book SUMMARY.md and several INPUT files joined: order, heading levels, ids, cross-links, images, footnotes.</summary>
public sealed class BookTests
{
    private static string WriteBook()
    {
        var dir = TestFiles.NewTempDirectory();
        void Write(string path, string text)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Write("book/SUMMARY.md", """
            # Go 语言教程

            * [前言](README.md)
            * [基础](basics/README.md)
              * [变量](basics/variables.md)
              * [函数](basics/functions.md)
            * [并发](concurrency/goroutines.md)
            * [草稿]()
            """);
        Write("book/README.md", "# 前言\n\n先读[变量的声明](basics/variables.md#声明)。前言脚注[^a]。\n\n[^a]: 前言的脚注。\n");
        Write("book/basics/README.md", "# 基础\n\n## 概述\n\n![示意图](img/a.png)\n");
        Write("book/basics/variables.md", "# 变量\n\n## 声明\n\n变量脚注[^a]。回到[前言](../README.md)，或看[本章概述](#声明)。\n\n[^a]: 变量的脚注。\n");
        Write("book/basics/functions.md", "# 函数\n\n## 概述\n\n下一章：[并发](../concurrency/goroutines.md)。\n");
        Write("book/concurrency/goroutines.md", "并发一章没有标题。\n");
        Directory.CreateDirectory(Path.Combine(dir, "book/basics/img"));
        File.WriteAllBytes(Path.Combine(dir, "book/basics/img/a.png"), HostileFixtures.Png1x1);
        return dir;
    }

    private static JsonElement[] Blocks(string json) => JsonDocument.Parse(json).RootElement.GetProperty("blocks").EnumerateArray().ToArray();

    private static string Text(JsonElement block) => block.GetRawText();

    [Fact]
    public void Summary_chapters_join_in_order_with_shifted_headings_unique_ids_and_internal_links()
    {
        var dir = WriteBook();
        var result = CliRunner.Run(dir, "build", "--book", "book/SUMMARY.md", "-t", "json,pdf,docx,epub,pptx", "--strict", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        var json = File.ReadAllText(Path.Combine(dir, "out", "book.json"));
        Assert.Equal("Go 语言教程", JsonDocument.Parse(json).RootElement.GetProperty("meta").GetProperty("title").GetString());

        var headings = Blocks(json).Where(b => b.GetProperty("t").GetString() == "Heading")
            .Select(b => (Level: b.GetProperty("level").GetInt32(), Id: b.TryGetProperty("id", out var id) ? id.GetString() : null, Text: Text(b))).ToList();
        Assert.Equal([2, 2, 3, 3, 4, 3, 4, 2], headings.Select(h => h.Level));
        Assert.Contains("前言", headings[0].Text);
        Assert.Contains("并发", headings[7].Text); // the summary's title stands in for a chapter without a heading
        Assert.Equal(headings.Count, headings.Select(h => h.Id).Distinct().Count());
        Assert.Equal("概述-2", headings[6].Id);

        Assert.Contains("\"url\": \"#声明\"", json);
        Assert.Contains($"\"url\": \"#{headings[0].Id}\"", json);
        Assert.Contains($"\"url\": \"#{headings[7].Id}\"", json);
        Assert.DoesNotContain(".md\"", json);
        Assert.Contains("\"url\": \"basics/img/a.png\"", json);
        Assert.Contains("前言的脚注", json);
        Assert.Contains("变量的脚注", json);
        foreach (var ext in new[] { "pdf", "docx", "epub", "pptx" })
            Assert.True(new FileInfo(Path.Combine(dir, "out", "book." + ext)).Length > 0);
    }

    [Fact]
    public void Missing_chapter_names_the_summary_line()
    {
        var dir = WriteBook();
        File.Delete(Path.Combine(dir, "book/basics/functions.md"));
        var result = CliRunner.Run(dir, "build", "--book", "book/SUMMARY.md", "-t", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("SUMMARY.md:6: no such chapter file 'basics/functions.md'", result.StdErr);
    }

    [Fact]
    public void Chapter_outside_the_book_folder_is_refused()
    {
        var dir = WriteBook();
        File.WriteAllText(Path.Combine(dir, "secret.md"), "# 机密\n");
        File.AppendAllText(Path.Combine(dir, "book/SUMMARY.md"), "\n* [外部](../secret.md)\n");
        var result = CliRunner.Run(dir, "build", "--book", "book/SUMMARY.md", "-t", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("outside the book's folder", result.StdErr);
    }

    [Fact]
    public void Several_inputs_are_joined_in_order_keeping_levels_and_their_own_image_folders()
    {
        var dir = WriteBook();
        var result = CliRunner.Run(dir, "build", "book/basics/README.md", "book/basics/variables.md", "book/README.md", "-o", "all.json", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        var json = File.ReadAllText(Path.Combine(dir, "all.json"));
        var headings = Blocks(json).Where(b => b.GetProperty("t").GetString() == "Heading").Select(b => b.GetProperty("level").GetInt32());
        Assert.Equal([1, 2, 1, 2, 1], headings);
        Assert.Contains("\"url\": \"basics/img/a.png\"", json);
        Assert.Contains("\"url\": \"#声明\"", json); // README's link into variables.md
    }
}
