using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Inputs from the second hostile review: response files, YAML nesting, a BOM in the config, huge slide titles.</summary>
public sealed class InputEdgeTests
{
    [Fact]
    public void An_at_argument_is_a_path_not_a_response_file_so_a_fifo_is_never_opened()
    {
        var dir = TestFiles.NewTempDirectory();
        var fifo = Path.Combine(dir, "args");
        ExternalTool.Run("mkfifo", [fifo]);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var fromFifo = CliRunner.Run(dir, "build", "@" + fifo);
        var fromZero = CliRunner.Run(dir, "build", "@/dev/zero");

        Assert.Equal(2, fromFifo.ExitCode);
        Assert.Equal(2, fromZero.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.DoesNotContain("internal error", fromZero.StdErr);
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_at_its_line_not_a_stack_overflow()
    {
        var dir = TestFiles.NewTempDirectory();
        var nested = new string('[', 100_000) + new string(']', 100_000);
        File.WriteAllText(Path.Combine(dir, "doc.md"), $"---\ntitle: {nested}\n---\n\n# 标题\n");
        var configDir = Directory.CreateDirectory(Path.Combine(dir, "cfg")).FullName;
        File.WriteAllText(Path.Combine(configDir, "doc.md"), "# 标题\n");
        File.WriteAllText(Path.Combine(configDir, "gooverview.yaml"), $"metadata: {nested}\n");

        var frontMatter = CliRunner.Run(dir, "build", "doc.md", "--to", "json");
        var config = CliRunner.Run(configDir, "build", "doc.md", "--to", "json");

        Assert.True(frontMatter.ExitCode == 0, frontMatter.ToString());
        Assert.Contains("doc.md:2:", frontMatter.StdErr);
        Assert.Contains("nested deeper than 64", frontMatter.StdErr);
        Assert.Equal(2, config.ExitCode);
        Assert.Contains("gooverview.yaml:1:", config.StdErr);
        Assert.DoesNotContain("Stack overflow", frontMatter.StdErr + config.StdErr);
    }

    [Fact]
    public void A_config_saved_with_a_byte_order_mark_is_read()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n");
        File.WriteAllBytes(Path.Combine(dir, "gooverview.yaml"), [0xEF, 0xBB, 0xBF, .. "formats: [json]\n"u8]);

        var result = CliRunner.Run(dir, "build", "doc.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "out", "doc.json")));
    }

    [Fact]
    public void A_huge_slide_title_is_shortened_without_measuring_it_character_by_character()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# " + new string('长', 10_000) + "\n\n正文\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pptx,slides-pdf", "-M", "title=" + new string('题', 40_000));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("slides-title-too-long", result.StdErr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed} (was 34 s for the heading alone, > 120 s for the title)");
        Assert.True(result.StdErr.Length < 20_000, "the warning repeats the whole title");
    }

    [Theory]
    [InlineData("duplicate")]
    [InlineData("no-extension")]
    public void A_broken_reference_deck_fails_the_pptx_with_a_reason_not_an_internal_error(string kind)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n\n正文\n");
        var deck = Path.Combine(dir, "ref.pptx");
        using (var zip = System.IO.Compression.ZipFile.Open(deck, System.IO.Compression.ZipArchiveMode.Create))
        {
            var types = kind == "no-extension"
                ? "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default ContentType=\"application/xml\"/></Types>"
                : "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write(types);
            using (var w = new StreamWriter(zip.CreateEntry("ppt/a.xml").Open())) w.Write("<a/>");
            if (kind == "duplicate") using (var w = new StreamWriter(zip.CreateEntry("PPT/A.xml").Open())) w.Write("<a/>");
        }

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pptx,docx", "--reference-pptx", "ref.pptx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a readable .pptx", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
        Assert.True(File.Exists(Path.Combine(dir, "out", "doc.docx")));
    }
}
