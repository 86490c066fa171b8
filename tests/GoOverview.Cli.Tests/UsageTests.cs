using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public void Unknown_format_is_bad_usage_with_a_clear_message()
    {
        var dir = TestFiles.NewTempDirectory();
        var result = CliRunner.Run(dir, "build", "--to", "pdf,odt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown format 'odt'", result.StdErr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")), "nothing may be written on bad usage");
    }

    [Fact]
    public void Missing_input_file_is_bad_usage_naming_the_file()
    {
        var dir = TestFiles.NewTempDirectory();
        var result = CliRunner.Run(dir, "build", "nope.md", "--to", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.md: no such file", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Unknown_option_is_bad_usage()
    {
        var result = CliRunner.Run(TestFiles.NewTempDirectory(), "build", "--frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--frobnicate", result.StdErr);
    }

    [Fact]
    public void Metadata_flag_needs_key_and_value()
    {
        var result = CliRunner.Run(TestFiles.NewTempDirectory(), "build", "--to", "json", "-M", "novalue");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("-M expects key=value", result.StdErr);
    }

    [Fact]
    public void Output_that_would_overwrite_the_input_is_refused()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.json"), "# keep me\n");
        var result = CliRunner.Run(dir, "build", "doc.json", "--to", "json", "-o", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("overwrite the input", result.StdErr);
        Assert.Equal("# keep me\n", File.ReadAllText(Path.Combine(dir, "doc.json")));
    }

    [Fact]
    public void Invalid_config_file_names_file_and_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "# A\n");
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "formats: [json]\npaper: A4\ncolour: red\n");
        var result = CliRunner.Run(dir, "build", "a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gooverview.yaml:3:", result.StdErr);
        Assert.Contains("unknown setting 'colour'", result.StdErr);
    }
}
