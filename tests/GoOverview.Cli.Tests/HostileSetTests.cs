using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.TestSupport;
using GoOverview.TestSupport.Hostile;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// The whole hostile set in one document, through every format at once (README: "Safety"): the documented exit code,
/// no stack trace, every output valid to an independent reader, a failed format's previous file byte-identical, no
/// temporary file left, no network connection, and peak memory under 1 GB.
/// </summary>
public sealed class HostileSetTests
{
    private const string EveryFormat = "pdf,docx,epub,pptx,slides-pdf";
    private const long OneGigabyte = 1L << 30;

    [ToolFact("qpdf", "epubcheck")]
    public void Every_hostile_input_at_once_costs_only_itself_in_every_format()
    {
        using var trap = new TrapServer();
        var root = TestFiles.NewTempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        WriteHostileDocument(root, docs, trap);

        var first = CliRunner.Run(docs, "build", "doc.md", "--to", EveryFormat);

        Assert.True(first.ExitCode == 0, first.ToString());
        AssertNoCrashTrace(first);
        Assert.True(first.PeakMemoryBytes < OneGigabyte, $"peak memory {first.PeakMemoryBytes / 1048576} MB");
        var outDir = Path.Combine(docs, "out");
        AssertAllValid(outDir);
        var previousPdf = File.ReadAllBytes(Path.Combine(outDir, "doc.pdf"));

        // The same build with a broken theme: the PDF fails with file:line and keeps its previous bytes; the rest is written.
        File.WriteAllText(Path.Combine(docs, "broken.json"), "{ \"bodySize\": 10,\n  \"colors\": [ oops ] }\n");
        var second = CliRunner.Run(docs, "build", "doc.md", "--to", EveryFormat, "--theme", "broken.json");

        Assert.True(second.ExitCode == 1, second.ToString());
        AssertNoCrashTrace(second);
        Assert.Contains("broken.json:", second.StdErr);
        Assert.True(second.PeakMemoryBytes < OneGigabyte, $"peak memory {second.PeakMemoryBytes / 1048576} MB");
        Assert.Equal(previousPdf, File.ReadAllBytes(Path.Combine(outDir, "doc.pdf")));
        AssertAllValid(outDir);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(0, trap.Connections);
    }

    private static void WriteHostileDocument(string root, string docs, TrapServer trap)
    {
        File.WriteAllBytes(Path.Combine(root, "secret.png"), HostileFixtures.MarkedPng("secret"));
        File.CreateSymbolicLink(Path.Combine(docs, "inside.png"), Path.Combine(root, "secret.png"));
        File.WriteAllText(Path.Combine(docs, "reach.svg"), HostileFixtures.SvgReachingOut($"http://127.0.0.1:{trap.Port}", Path.Combine(root, "secret.png")));
        File.WriteAllBytes(Path.Combine(docs, "bomb.png"), HostileFixtures.PngBomb());
        File.WriteAllText(Path.Combine(docs, "laughs.svg"), HostileFixtures.BillionLaughsSvg());
        File.WriteAllText(Path.Combine(docs, "uses.svg"), HostileFixtures.UseBombSvg());
        File.WriteAllText(Path.Combine(docs, "fake.svg"), "不是 SVG");
        var flatEmphasis = string.Join(' ', Enumerable.Repeat("*强调*", 6000));
        var longParagraph = string.Concat(Enumerable.Repeat("长段落的文字，一句接一句。", 2500));
        File.WriteAllText(Path.Combine(docs, "doc.md"), $"""
            ---
            title: "敌意\x01文档"
            author: "作者\u0007"
            ---

            # 敌意的文档

            ![外联 SVG](reach.svg)

            ![符号链接](inside.png)

            ![像素炸弹](bomb.png)

            ![笑](laughs.svg) ![用](uses.svg) ![假](fake.svg)

            [点我](javascript:alert(1))、<a href="vbscript:x">VB</a>、[远程图片](http://127.0.0.1:{trap.Port}/x.png)

            ![远程]({trap.Url("remote.png")})

            {flatEmphasis}

            ## 长段落

            {longParagraph}
            """);
    }

    private static void AssertNoCrashTrace(ExternalTool.Result result)
    {
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Unhandled exception", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
    }

    private static void AssertAllValid(string outDir)
    {
        foreach (var pdf in new[] { "doc.pdf", "doc.slides.pdf" })
        {
            var check = ExternalTool.Run("qpdf", ["--check", Path.Combine(outDir, pdf)]);
            Assert.True(check.ExitCode == 0, pdf + ": " + check);
        }
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        using (var docx = WordprocessingDocument.Open(Path.Combine(outDir, "doc.docx"), false))
            Assert.Empty(validator.Validate(docx).Select(e => e.Description));
        using (var pptx = PresentationDocument.Open(Path.Combine(outDir, "doc.pptx"), false))
            Assert.Empty(validator.Validate(pptx).Select(e => e.Description));
        Assert.Empty(Epubcheck.Problems(Path.Combine(outDir, "doc.epub")));
    }
}
