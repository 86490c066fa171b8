using System.Text;
using System.Text.Json;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Sources in GB18030 (Windows Notepad, older Chinese repositories), UTF-16 and Big5 keep their text.</summary>
public sealed class EncodingTests
{
    private const string Doc = "# 编码测试\n\n繁體與简体：Go 语言的并发模型——goroutine 和 channel。\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (ExternalTool.Result Result, string Json) Build(byte[] bytes, params string[] extra)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllBytes(Path.Combine(dir, "doc.md"), bytes);
        var result = CliRunner.Run(dir, ["build", "doc.md", "-t", "json", "-q", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return (result, File.ReadAllText(Path.Combine(dir, "out", "doc.json")));
    }

    private static string Title(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("meta").GetProperty("title").GetString()!;

    [Fact]
    public void Gb18030_is_detected_with_a_warning_and_keeps_every_character()
    {
        var (result, json) = Build(Encoding.GetEncoding("gb18030").GetBytes(Doc));
        Assert.Equal("编码测试", Title(json));
        Assert.Contains("繁體與简体：Go 语言的并发模型——goroutine 和 channel。", json);
        Assert.Contains("read as GB18030", result.StdErr);
        Assert.Contains("doc.md:1:1: warning", result.StdErr);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public void Utf16_with_or_without_a_byte_order_mark(bool bigEndian, bool mark)
    {
        var encoding = new UnicodeEncoding(bigEndian, mark);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Doc)).ToArray();
        var (_, json) = Build(bytes);
        Assert.Equal("编码测试", Title(json));
        Assert.Contains("goroutine 和 channel", json);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_loses_only_the_mark()
    {
        var (result, json) = Build([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Doc)]);
        Assert.Equal("编码测试", Title(json));
        Assert.DoesNotContain("warning", result.StdErr);
    }

    [Fact]
    public void Named_encoding_wins_over_the_guess()
    {
        var big5 = Encoding.GetEncoding("big5").GetBytes("# 繁體標題\n\n內容。\n");
        var (result, json) = Build(big5, "--encoding", "big5");
        Assert.Equal("繁體標題", Title(json));
        Assert.DoesNotContain("guessed", result.StdErr);
    }

    [Fact]
    public void Unknown_encoding_name_is_bad_usage()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        var result = CliRunner.Run(dir, "build", "doc.md", "-t", "json", "--encoding", "klingon");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown encoding 'klingon'", result.StdErr);
    }
}
