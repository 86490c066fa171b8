using System.IO.Compression;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>--highlight-style, --no-highlight and their config keys, through the real program.</summary>
public sealed class HighlightOptionTests
{
    private const string Markdown = "# 代码\n\n```go\nfunc main() { return }\n```\n";

    private static string GeneratedCss(string dir)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(dir, "out", "a.epub"));
        using var reader = new StreamReader(zip.GetEntry("EPUB/styles/generated.css")!.Open());
        return reader.ReadToEnd();
    }

    private static string Document()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), Markdown);
        return dir;
    }

    [Fact]
    public void Highlight_style_flag_chooses_the_style_and_no_highlight_turns_it_off()
    {
        var dir = Document();
        Assert.Equal(0, CliRunner.Run(dir, "build", "a.md", "--to", "epub", "--highlight-style", "tango", "-q").ExitCode);
        Assert.Contains("\"tango\" style", GeneratedCss(dir));
        Assert.Equal(0, CliRunner.Run(dir, "build", "a.md", "--to", "epub", "-q").ExitCode);
        Assert.Contains("\"print\" style", GeneratedCss(dir));
        Assert.Equal(0, CliRunner.Run(dir, "build", "a.md", "--to", "epub", "--no-highlight", "-q").ExitCode);
        Assert.DoesNotContain("tok-", GeneratedCss(dir));
    }

    [Fact]
    public void Config_keys_choose_the_style_and_turn_highlighting_off()
    {
        var dir = Document();
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "highlight-style: Monochrome\nline-numbers: true\n");
        Assert.Equal(0, CliRunner.Run(dir, "build", "a.md", "--to", "epub", "-q").ExitCode);
        Assert.Contains("\"monochrome\" style", GeneratedCss(dir));
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "highlight: false\n");
        Assert.Equal(0, CliRunner.Run(dir, "build", "a.md", "--to", "epub", "-q").ExitCode);
        Assert.DoesNotContain("tok-", GeneratedCss(dir));
    }

    [Fact]
    public void Unknown_style_is_bad_usage_naming_the_known_ones()
    {
        var dir = Document();
        var result = CliRunner.Run(dir, "build", "a.md", "--highlight-style", "solarized");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("print, tango, monochrome", result.StdErr);
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "highlight-style: nope\n");
        result = CliRunner.Run(dir, "build", "a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gooverview.yaml:1:", result.StdErr);
    }
}
