using System.Text.Json;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

public sealed class JsonExportTests
{
    [Fact]
    public void Built_in_sample_exports_as_json_from_any_directory()
    {
        var dir = TestFiles.NewTempDirectory();
        var result = CliRunner.Run(dir, "build", "--sample", "--to", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "go-overview.json")));
        Assert.Equal("Golang概述", json.RootElement.GetProperty("meta").GetProperty("title").GetString());
        Assert.Equal("zh-CN", json.RootElement.GetProperty("meta").GetProperty("lang").GetString());
        var headings = json.RootElement.GetProperty("blocks").EnumerateArray().Count(b => b.GetProperty("t").GetString() == "Heading");
        Assert.Equal(41, headings);
        Assert.Equal(3, CountOccurrences(result.StdErr, "warning:"));
    }

    [Fact]
    public void Strict_turns_the_empty_link_warnings_into_exit_code_1()
    {
        var dir = TestFiles.NewTempDirectory();
        var result = CliRunner.Run(dir, "build", "--sample", "--to", "json", "--strict");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("go-overview.md:161:", result.StdErr);
    }

    [Fact]
    public void Metadata_flags_override_front_matter_which_overrides_the_project_config()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "---\ntitle: 原标题\nauthor: 甲\n---\n\n# 正文\n");
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "metadata:\n  author: 乙\n  subtitle: 副标题\nformats: [json]\n");
        var result = CliRunner.Run(dir, "build", "doc.md", "-M", "title=新标题");
        Assert.True(result.ExitCode == 0, result.ToString());
        var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "doc.json"))).RootElement.GetProperty("meta");
        Assert.Equal("新标题", meta.GetProperty("title").GetString());
        Assert.Equal("甲", meta.GetProperty("authors")[0].GetString());
        Assert.Equal("副标题", meta.GetProperty("subtitle").GetString());
    }

    private static int CountOccurrences(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
