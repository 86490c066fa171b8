using System.IO.Compression;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Each safety rule of the production-readiness issue, tried as an attack or broken input through the real CLI.</summary>
public sealed class SafetyTests
{
    private static readonly byte[] Png1x1 = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    [Fact]
    public void Images_outside_the_document_folder_are_not_read_and_are_reported_with_file_and_line()
    {
        var root = TestFiles.NewTempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        File.WriteAllBytes(Path.Combine(root, "secret.png"), Png1x1);
        File.WriteAllText(Path.Combine(docs, "doc.md"), "# 标题\n\n正文\n\n![机密](../secret.png)\n");

        var result = CliRunner.Run(docs, "build", "doc.md", "--to", "epub");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("doc.md:5:", result.StdErr);
        Assert.Contains("outside the document's folder", result.StdErr);
        using var zip = ZipFile.OpenRead(Path.Combine(docs, "out", "doc.epub"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal) && e.Length == Png1x1.Length);
    }

    [Fact]
    public void Allow_outside_lets_the_image_in()
    {
        var root = TestFiles.NewTempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        File.WriteAllBytes(Path.Combine(root, "shared.png"), Png1x1);
        File.WriteAllText(Path.Combine(docs, "doc.md"), "# 标题\n\n![图](../shared.png)\n");

        var result = CliRunner.Run(docs, "build", "doc.md", "--to", "epub", "--allow-outside");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(Path.Combine(docs, "out", "doc.epub"));
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public void Remote_images_are_never_fetched_and_become_a_diagnostic()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n\n![远程](http://127.0.0.1:9/never.png)\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "docx,epub");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("remote image", result.StdErr);
        Assert.Contains("doc.md:3:", result.StdErr);
    }

    [Fact]
    public void Oversized_input_is_refused_before_it_is_read()
    {
        var dir = TestFiles.NewTempDirectory();
        using (var f = File.Create(Path.Combine(dir, "huge.md"))) f.SetLength(GoOverview.Model.Files.ReadLimits.Source + 1);

        var result = CliRunner.Run(dir, "build", "huge.md", "--to", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("huge.md: 64.00 MB is over the 64 MB limit", result.StdErr);
    }

    [Fact]
    public void Deep_nesting_gives_a_clear_result_not_a_stack_overflow()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "deep.md"), new string('>', 10_000) + " 深\n\n" +
            string.Concat(Enumerable.Repeat("- ", 10_000)) + "项\n");

        var result = CliRunner.Run(dir, "build", "deep.md", "--to", "json,docx");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.DoesNotContain("Stack overflow", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.Contains("deep.md:", result.StdErr);
    }

    [Fact]
    public void A_failing_writer_keeps_the_previous_output_and_reports_it()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n\n正文\n");
        File.WriteAllText(Path.Combine(dir, "broken.pptx"), "this is not a zip package");
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        File.WriteAllText(Path.Combine(dir, "out", "doc.pptx"), "previous");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "pptx", "--reference-pptx", "broken.pptx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pptx", result.StdErr);
        Assert.Contains("broken.pptx", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(dir, "out", "doc.pptx")));
        Assert.Equal(["doc.pptx"], Directory.GetFiles(Path.Combine(dir, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void Characters_illegal_in_xml_never_reach_docx_pptx_or_epub()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\u0001\n\n控制\u0002字符\u000B与\uFFFE非字符\n\n- 项\u001F\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "docx,pptx,epub");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var file in new[] { "doc.docx", "doc.pptx", "doc.epub" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(dir, "out", file));
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml") || e.FullName.EndsWith(".xhtml") || e.FullName.EndsWith(".opf")))
            {
                using var reader = new StreamReader(entry.Open());
                var xml = reader.ReadToEnd();
                Assert.DoesNotContain(xml, c => c is '\u0001' or '\u0002' or '\u000B' or '\u001F' or '\uFFFE');
                if (entry.FullName.Contains("document.xml") || entry.FullName.EndsWith(".xhtml")) Assert.DoesNotContain("&#x1;", xml);
            }
        }
    }
}
