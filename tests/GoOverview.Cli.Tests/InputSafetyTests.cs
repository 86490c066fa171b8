using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>The input rules of README "Safety" (YAML, metadata, numbers, special files, zip bombs, flat emphasis), through the real CLI.</summary>
public sealed class InputSafetyTests
{
    private const string Doc = "# 标题\n\n正文\n";

    /// <summary>Nine levels of nine aliases each: 387,420,489 values once expanded.</summary>
    private static string AliasBomb(string indent = "")
    {
        var lines = new List<string> { indent + "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]" };
        const string names = "abcdefghi";
        for (var i = 1; i < names.Length; i++)
            lines.Add($"{indent}{names[i]}: &{names[i]} [{string.Join(",", Enumerable.Repeat("*" + names[i - 1], 9))}]");
        return string.Join("\n", lines) + "\n";
    }

    private static void NoStackTrace(ExternalTool.Result result)
    {
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
    }

    [Fact]
    public void A_yaml_alias_bomb_in_front_matter_is_refused_at_its_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "---\n" + AliasBomb() + "---\n" + Doc);

        var watch = Stopwatch.StartNew();
        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("doc.md:3:8: warning: YAML aliases", result.StdErr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        NoStackTrace(result);
    }

    [Fact]
    public void A_yaml_alias_in_the_config_is_a_usage_error_at_its_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "metadata:\n" + AliasBomb("  "));

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gooverview.yaml:3:", result.StdErr);
        Assert.Contains("aliases", result.StdErr);
        NoStackTrace(result);
    }

    [Theory]
    [InlineData("? [a, b]\n: c\n", "gooverview.yaml:1:")]
    [InlineData("{a: 1}: x\n", "gooverview.yaml:1:")]
    [InlineData("metadata:\n  [t]: x\n", "gooverview.yaml:2:")]
    [InlineData("formats: [pdf\n", "gooverview.yaml")]
    [InlineData("paper: A4\n  bad: indent\n", "gooverview.yaml:")]
    public void A_broken_config_or_a_key_that_is_not_a_word_is_a_usage_error(string yaml, string where)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), yaml);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(where, result.StdErr);
        NoStackTrace(result);
    }

    [Fact]
    public void Control_characters_from_yaml_escapes_are_removed_from_metadata_with_a_warning_at_their_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "---\ntitle: \"T\\x01\"\nauthor: \"\\u0000\"\n---\n" + Doc);
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "metadata:\n  description: \"说明\\x02\"\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "epub,pptx,json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("doc.md:2:8: warning: removed U+0001", result.StdErr);
        Assert.Contains("doc.md:3:9: warning: removed U+0000", result.StdErr);
        Assert.Contains("gooverview.yaml:2:16: warning: removed U+0002", result.StdErr);
        var json = File.ReadAllText(Path.Combine(dir, "out", "doc.json"));
        Assert.Contains("\"title\": \"T\"", json);
        Assert.Contains("\"description\": \"说明\"", json);
        Assert.True(File.Exists(Path.Combine(dir, "out", "doc.epub")));
        Assert.True(File.Exists(Path.Combine(dir, "out", "doc.pptx")));
    }

    [Theory]
    [InlineData("{\n  \"bodySize\": 1e308\n}", "theme.json:2:3", "'bodySize' 1e308 is outside 4–200 pt")]
    [InlineData("{\n  \"headingSizes\": [20, 15, 0, 11, 10, 10]\n}", "theme.json:2:", "'headingSizes[2]' 0 is outside")]
    [InlineData("{\n  \"headingSizes\": [-20, 15, 12, 11, 10, 10]\n}", "theme.json:2:", "'headingSizes[0]' -20 is outside")]
    [InlineData("{\n  \"lineHeight\": 0.1\n}", "theme.json:2:3", "'lineHeight' 0.1 is outside 0.8–4")]
    [InlineData("{\n  \"margins\": {\n    \"top\": -5, \"right\": 60, \"bottom\": 60, \"left\": 60 }\n}", "theme.json:3:5", "'margins.top' -5 is outside")]
    [InlineData("{\n  \"margins\": { \"top\": 60, \"right\": 300, \"bottom\": 60, \"left\": 300 }\n}", "theme.json:2:3", "leave less than 50 mm")]
    [InlineData("{\n  \"colors\": {\n    \"text\": \"#12345\" }\n}", "theme.json:3:5", "is not a #RRGGBB colour")]
    [InlineData("{\n  \"codeSize\": \"big\"\n}", "theme.json:2:3", "is not a number")]
    public void Out_of_range_theme_values_fail_the_pdf_with_file_and_line(string theme, string where, string message)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        File.WriteAllText(Path.Combine(dir, "theme.json"), theme);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pdf", "--theme", "theme.json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(where, result.StdErr);
        Assert.Contains(message, result.StdErr);
        Assert.False(File.Exists(Path.Combine(dir, "out", "doc.pdf")));
        NoStackTrace(result);
    }

    [Theory]
    [InlineData("--margins", "NaN", "--margins: 'NaN' is not a margin")]
    [InlineData("--margins", "-3", "--margins: '-3' is not a margin")]
    [InlineData("--margins", "100", "--margins: left 100 mm + right 100 mm leave less than 50 mm")]
    [InlineData("--margins", "20,20,260,20", "--margins: top 20 mm + bottom 260 mm")]
    [InlineData("--split-level", "9", "--split-level must be 1, 2 or 3")]
    [InlineData("--paper", "A3", "--paper must be A4, A5, B5")]
    public void Bad_numbers_in_flags_are_usage_errors_naming_the_flag(string flag, string value, string message)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pdf", flag + "=" + value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.StdErr);
    }

    [Theory]
    [InlineData("split-level: 7\n", "gooverview.yaml:1:1: split-level must be 1, 2 or 3")]
    [InlineData("split-level: two\n", "gooverview.yaml:1:1: split-level must be 1, 2 or 3")]
    [InlineData("paper: A3\n", "gooverview.yaml:1:1: paper must be A4, A5")]
    [InlineData("toc: true\nmargins: 120\n", "gooverview.yaml:2:1: margins: left 120 mm")]
    [InlineData("margins: .nan\n", "gooverview.yaml:1:1: margins: '.nan' is not a margin")]
    public void Bad_numbers_in_the_config_are_usage_errors_at_their_line(string yaml, string message)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), yaml);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pdf");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.StdErr);
    }

    [Theory]
    [InlineData("--css", "fifo")]
    [InlineData("--theme", "fifo")]
    [InlineData("--reference-doc", "fifo")]
    [InlineData("--reference-pptx", "fifo")]
    [InlineData("--config", "fifo")]
    [InlineData("--css", "/dev/zero")]
    [InlineData("--theme", "/dev/zero")]
    [InlineData("--reference-doc", "/dev/zero")]
    [InlineData("--reference-pptx", "/dev/zero")]
    [InlineData("--config", "/dev/zero")]
    public void A_fifo_or_device_given_as_a_file_is_refused_at_once(string flag, string file)
    {
        if (OperatingSystem.IsWindows()) return;
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        if (file == "fifo") Assert.Equal(0, ExternalTool.Run("mkfifo", [Path.Combine(dir, "fifo")]).ExitCode);

        var watch = Stopwatch.StartNew();
        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pdf,docx,epub,pptx", flag, file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is not a regular file", result.StdErr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("docx", "--reference-doc", "word/document.xml")]
    [InlineData("pptx", "--reference-pptx", "ppt/presentation.xml")]
    public void A_zip_bomb_reference_package_fails_clearly_without_inflating(string format, string flag, string mainPart)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Doc);
        var bomb = Path.Combine(dir, "reference." + format);
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{mainPart}\"/></Relationships>");
            using var entry = zip.CreateEntry(mainPart, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++) entry.Write(zeros);
        }
        Assert.True(new FileInfo(bomb).Length < 2 * 1024 * 1024);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", format, flag, bomb);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("expand to more than 256 MB", result.StdErr);
        Assert.False(File.Exists(Path.Combine(dir, "out", "doc." + format)));
        NoStackTrace(result);
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    [Theory]
    [InlineData("*a*", 6_000, "Emphasis")]
    [InlineData("[a](b)", 10_000, "Link")]
    [InlineData("**b**", 100_000, "Strong")]
    public void Any_number_of_side_by_side_emphases_or_links_in_one_paragraph_is_read(string item, int count, string node)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "flat.md"), "# 标题\n\n" + string.Join(" ", Enumerable.Repeat(item, count)) + "\n");

        var result = CliRunner.Run(dir, "build", "flat.md", "--to", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = File.ReadAllText(Path.Combine(dir, "out", "flat.json"));
        Assert.Equal(count, Regex.Matches(json, $"\"t\": \"{node}\"").Count);
    }

    [Fact]
    public void Real_deep_inline_nesting_is_still_refused_at_its_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "deep.md"), "# 标题\n\n" + new string('[', 12_000) + "a\n");

        var result = CliRunner.Run(dir, "build", "deep.md", "--to", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("deep.md:3:1:", result.StdErr);
        Assert.Contains("nested 12000 levels deep at line 3", result.StdErr);
        NoStackTrace(result);
    }
}
