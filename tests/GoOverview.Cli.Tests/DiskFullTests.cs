using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.Pdf;
using GoOverview.Slides;
using GoOverview.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace GoOverview.Cli.Tests;

/// <summary>A full disk fails the formats with a message; it never aborts the process or loses a previous output.</summary>
public sealed class DiskFullTests(ITestOutputHelper output)
{
    private static readonly string[] Outputs = ["doc.pdf", "doc.docx", "doc.epub", "doc.pptx", "doc.slides.pdf", "doc.json"];

    [Fact]
    public void A_full_disk_fails_every_format_and_keeps_the_previous_outputs()
    {
        var dir = TestFiles.NewTempDirectory();
        File.Copy(TestFiles.SeedPath, Path.Combine(dir, "doc.md"));
        var outDir = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var mount = ExternalTool.Find("mount") is null ? null : ExternalTool.Run("mount", ["-t", "tmpfs", "-o", "size=300k", "tmpfs", outDir]);
        if (mount is not { ExitCode: 0 })
        {
            // Not root (or no mount permission): the in-process tests below still prove the Skia writers' fix.
            output.WriteLine("not run: cannot mount a small tmpfs here " + mount);
            return;
        }
        try
        {
            foreach (var name in Outputs) File.WriteAllText(Path.Combine(outDir, name), "previous " + name);
            // Leave a little room: the temporary files are created, then the writes run out of space part-way.
            using (var filler = File.Create(Path.Combine(outDir, "filler"))) filler.Write(new byte[250 * 1024]);

            var result = CliRunner.Run(dir, "build", "doc.md", "--to", "all,slides-pdf,json");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.DoesNotContain("   at ", result.StdErr);
            Assert.Contains("No space left on device", result.StdErr);
            foreach (var name in Outputs) Assert.Equal("previous " + name, File.ReadAllText(Path.Combine(outDir, name)));
            Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
        }
        finally
        {
            ExternalTool.Run("umount", [outDir]);
        }
    }

    public static TheoryData<string> SkiaWriters => ["pdf", "slides-pdf"];

    /// <summary>Skia's PDF backend must never call into a stream that throws (an exception in a native callback
    /// aborts the process): the error has to come out here, as an IOException.</summary>
    [Theory]
    [MemberData(nameof(SkiaWriters))]
    public void A_write_error_in_a_skia_writer_is_an_exception_not_a_crash(string format)
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("# 标题\n\n## 一节\n\n正文，**重点**。\n\n- 项一\n- 项二\n", diagnostics);
        using var fonts = FontLibrary.LoadBundled();
        var context = ExportContext.For(document, diagnostics, fonts);
        IDocumentWriter writer = format == "pdf" ? new PdfWriter() : new SlidesPdfWriter();

        var error = Assert.ThrowsAny<IOException>(() => writer.Write(document, new FullDiskStream(1000), context));

        Assert.Contains("No space left", error.Message);
    }

    /// <summary>Accepts a few bytes, then fails like a full disk.</summary>
    private sealed class FullDiskStream(int capacity) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Length + buffer.Length > capacity) throw new IOException("No space left on device");
            base.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);
    }
}
