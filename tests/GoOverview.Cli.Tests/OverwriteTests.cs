using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>No output replaces a file the build reads, however the output folder leads back to it.</summary>
public sealed class OverwriteTests
{
    private const string Markdown = "# 标题\n\n正文\n";

    [Fact]
    public void An_output_folder_symlinked_to_the_input_folder_cannot_replace_the_input()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.pdf"), Markdown); // a Markdown source that happens to be named doc.pdf
        File.CreateSymbolicLink(Path.Combine(dir, "link"), dir);

        var result = CliRunner.Run(dir, "build", "doc.pdf", "--to", "pdf", "-o", "link");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("would overwrite the input file doc.pdf", result.StdErr);
        Assert.Equal(Markdown, File.ReadAllText(Path.Combine(dir, "doc.pdf")));
        Assert.Equal(["doc.pdf"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_hard_link_to_the_input_in_the_output_folder_is_not_overwritten()
    {
        var dir = TestFiles.NewTempDirectory();
        var source = Path.Combine(dir, "doc.md");
        File.WriteAllText(source, Markdown);
        var outDir = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var link = ExternalTool.Run("ln", [source, Path.Combine(outDir, "doc.json")]);
        Assert.Equal(0, link.ExitCode);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("would overwrite the input file", result.StdErr);
        Assert.Equal(Markdown, File.ReadAllText(source));
    }

    [Theory]
    [InlineData("--theme", "doc.pdf", "pdf", "{}", "the --theme file")]
    [InlineData("--css", "doc.epub", "epub", "body { color: black; }", "the --css file")]
    [InlineData("--reference-doc", "doc.docx", "docx", "not really a docx", "the --reference-doc file")]
    [InlineData("--reference-pptx", "doc.pptx", "pptx", "not really a pptx", "the --reference-pptx file")]
    [InlineData("--config", "doc.json", "json", "paper: A4\n", "the config file")]
    public void No_output_replaces_the_config_theme_stylesheet_or_reference_file(string option, string file, string format, string content, string what)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Markdown);
        File.WriteAllText(Path.Combine(dir, file), content);

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", format, "-o", ".", option, file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"would overwrite {what}", result.StdErr);
        Assert.Equal(content, File.ReadAllText(Path.Combine(dir, file)));
    }

    [Fact]
    public void An_output_option_naming_an_existing_file_is_bad_usage()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Markdown);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json,pdf", "-o", "notes.txt");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("-o notes.txt: is a file, not a folder", result.StdErr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Theory]
    [InlineData("", "-o", "out")]
    [InlineData("doc.md", "-o", "")]
    public void An_empty_input_or_output_path_is_bad_usage(string input, string option, string value)
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), Markdown);

        var result = CliRunner.Run(dir, "build", input, option, value, "--to", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("empty path", result.StdErr);
    }
}
