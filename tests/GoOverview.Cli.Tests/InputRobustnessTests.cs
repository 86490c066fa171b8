using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Odd inputs and broken installations get one clear message and a documented exit code.</summary>
public sealed class InputRobustnessTests
{
    [Fact]
    public void A_fifo_as_input_is_refused_without_reading_it()
    {
        var dir = TestFiles.NewTempDirectory();
        Assert.Equal(0, ExternalTool.Run("mkfifo", [Path.Combine(dir, "pipe.md")]).ExitCode);

        var result = CliRunner.Run(dir, "build", "pipe.md", "--to", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("pipe.md: is not a regular file", result.StdErr);
    }

    [Fact]
    public void A_device_as_input_is_refused()
    {
        var result = CliRunner.Run(TestFiles.NewTempDirectory(), "build", "/dev/zero", "--to", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("/dev/zero: is not a regular file", result.StdErr);
    }

    [Fact]
    public void A_content_error_is_printed_once()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "deep.md"), "# 标题\n\n" + new string(' ', 5000) + "深\n");

        var result = CliRunner.Run(dir, "build", "deep.md", "--to", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        var errors = result.StdErr.Split('\n').Where(l => l.Contains("error:", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1, result.ToString());
        Assert.Contains("deep.md:3:", errors[0]);
    }

    [Fact]
    public void An_svg_without_size_in_word_never_shows_a_dotnet_exception_message()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect x=\"1\" y=\"1\" width=\"8\" height=\"8\"/></svg>");
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n\n![图](plain.svg)\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "docx,pptx,epub,pdf,slides-pdf");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Object reference", result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void A_broken_installation_prints_one_internal_error_line_not_a_stack_trace()
    {
        // A copy of the program without its bundled fonts: the failure comes from outside any writer.
        var app = TestFiles.NewTempDirectory("gooverview-app");
        foreach (var entry in Directory.EnumerateFileSystemEntries(AppContext.BaseDirectory))
        {
            var target = Path.Combine(app, Path.GetFileName(entry));
            if (Directory.Exists(entry)) File.CreateSymbolicLink(target, entry);
            else File.Copy(entry, target);
        }
        File.Delete(Path.Combine(app, "fonts"));
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n");

        var result = ExternalTool.Run("dotnet", [Path.Combine(app, "gooverview.dll"), "build", "doc.md", "--to", "pdf"], workingDirectory: dir);

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith("internal error: ", lines[0]);
        Assert.EndsWith("; please report it", lines[0]);
    }
}
