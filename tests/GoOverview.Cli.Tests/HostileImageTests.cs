using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using GoOverview.TestSupport;
using GoOverview.TestSupport.Hostile;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// The image and link rules of the README's safety section, attacked through the real CLI in every format: SVG that
/// reaches out, symlinks that lead outside, image bombs, script links.
/// </summary>
public sealed class HostileImageTests
{
    private const string EveryFormat = "pdf,docx,epub,pptx,slides-pdf";
    private static readonly string[] Outputs = ["doc.pdf", "doc.docx", "doc.epub", "doc.pptx", "doc.slides.pdf"];

    [ToolFact("epubcheck")]
    public void Svg_reaches_neither_the_network_nor_outside_files_in_any_format_and_the_epub_gets_it_sanitised()
    {
        using var trap = new TrapServer();
        var root = TestFiles.NewTempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        var secret = Path.Combine(root, "secret.png");
        File.WriteAllBytes(secret, HostileFixtures.Png1x1);
        var svg = HostileFixtures.SvgReachingOut($"http://127.0.0.1:{trap.Port}", secret);
        File.WriteAllText(Path.Combine(docs, "pic.svg"), svg);
        var dataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg.Replace("120", "121")));
        File.WriteAllText(Path.Combine(docs, "doc.md"), $"# 图\n\n![文件 SVG](pic.svg)\n\n## 内嵌\n\n![内嵌 SVG]({dataUri})\n");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.Run(docs, "build", "doc.md", "--to", EveryFormat);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, trap.Connections);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the build took {clock.Elapsed} (a fetch would hang)");
        Assert.Contains("doc.md:3:", result.StdErr);
        Assert.Contains("svg-sanitized", result.StdErr);
        foreach (var output in Outputs) Assert.True(new FileInfo(Path.Combine(docs, "out", output)).Length > 0, output);

        using var epub = ZipFile.OpenRead(Path.Combine(docs, "out", "doc.epub"));
        var svgs = epub.Entries.Where(e => e.FullName.EndsWith(".svg", StringComparison.Ordinal)).Select(Read).ToList();
        Assert.Equal(2, svgs.Count);
        foreach (var packaged in svgs)
        {
            Assert.DoesNotContain("script", packaged, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onload", packaged, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("127.0.0.1", packaged);
            Assert.DoesNotContain("file:", packaged);
            Assert.Contains("<rect", packaged);
        }
        Assert.Empty(Epubcheck.Problems(Path.Combine(docs, "out", "doc.epub")));
    }

    [Fact]
    public void Symlinks_leading_outside_the_document_folder_are_refused_in_every_format()
    {
        var root = TestFiles.NewTempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        var secretPng = HostileFixtures.MarkedPng("secret-outside");
        File.WriteAllBytes(Path.Combine(root, "secret.png"), secretPng);
        File.WriteAllText(Path.Combine(root, "secret.xml"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><title>机密-XML</title></svg>");
        File.CreateSymbolicLink(Path.Combine(docs, "inside.png"), Path.Combine(root, "secret.png"));
        File.CreateSymbolicLink(Path.Combine(docs, "x.svg"), "../secret.xml");
        Directory.CreateSymbolicLink(Path.Combine(docs, "img"), root);
        File.WriteAllText(Path.Combine(docs, "doc.md"), "# 图\n\n![a](inside.png)\n\n![b](x.svg)\n\n![c](img/secret.png)\n");

        var result = CliRunner.Run(docs, "build", "doc.md", "--to", EveryFormat);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var line in new[] { 3, 5, 7 }) Assert.Contains($"doc.md:{line}:", result.StdErr);
        Assert.Contains("outside the document's folder", result.StdErr);
        foreach (var package in new[] { "doc.docx", "doc.epub", "doc.pptx" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(docs, "out", package));
            foreach (var entry in zip.Entries)
            {
                var bytes = ReadBytes(entry);
                Assert.False(bytes.AsSpan().SequenceEqual(secretPng), $"{package}/{entry.FullName} is the outside PNG");
                Assert.DoesNotContain("机密-XML", Encoding.UTF8.GetString(bytes));
            }
        }
    }

    [Fact]
    public void Image_bombs_and_broken_images_cost_only_themselves()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllBytes(Path.Combine(dir, "bomb.png"), HostileFixtures.PngBomb());
        File.WriteAllBytes(Path.Combine(dir, "good.png"), HostileFixtures.Png1x1);
        File.WriteAllText(Path.Combine(dir, "laughs.svg"), HostileFixtures.BillionLaughsSvg());
        File.WriteAllText(Path.Combine(dir, "uses.svg"), HostileFixtures.UseBombSvg());
        File.WriteAllText(Path.Combine(dir, "fake.svg"), "这不是 SVG，只是文本。");
        var bombUri = "data:image/png;base64," + Convert.ToBase64String(HostileFixtures.PngBomb(60_000, 40_000));
        File.WriteAllText(Path.Combine(dir, "doc.md"),
            "# 图\n\n![炸弹](bomb.png)\n\n![笑](laughs.svg)\n\n![用](uses.svg)\n\n![假](fake.svg)\n\n" +
            $"![空字符](a%00.png)\n\n![内嵌炸弹]({bombUri})\n\n![好图](good.png)\n\n正文照常。\n");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.Run(dir, "build", "doc.md", "--to", EveryFormat);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"the build took {clock.Elapsed}");
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.Contains("doc.md:3:", result.StdErr);
        Assert.Contains("over the budget", result.StdErr);
        foreach (var line in new[] { 5, 7, 9, 11, 13 }) Assert.Contains($"doc.md:{line}:", result.StdErr);
        foreach (var output in Outputs) Assert.True(new FileInfo(Path.Combine(dir, "out", output)).Length > 0, output);
        // Each problem is reported once, by the shared image service, not once per writer.
        Assert.Single(result.StdErr.Split('\n'), l => l.Contains("doc.md:3:", StringComparison.Ordinal));
        using var epub = ZipFile.OpenRead(Path.Combine(dir, "out", "doc.epub"));
        Assert.Contains(epub.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal) && ReadBytes(e).AsSpan().SequenceEqual(HostileFixtures.Png1x1));
    }

    [Fact]
    public void Pixel_budget_can_be_raised_on_the_command_line()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllBytes(Path.Combine(dir, "wide.png"), HostileFixtures.PngBomb(3000, 2000));
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 图\n\n![宽](wide.png)\n");

        var refused = CliRunner.Run(dir, "build", "doc.md", "--to", "epub", "--max-image-pixels", "1000000");
        var allowed = CliRunner.Run(dir, "build", "doc.md", "--to", "epub", "--max-image-pixels", "6000000");
        var invalid = CliRunner.Run(dir, "build", "doc.md", "--to", "epub", "--max-image-pixels", "-5");

        Assert.Contains("over the budget of 1,000,000 pixels", refused.StdErr);
        Assert.DoesNotContain("over the budget", allowed.StdErr);
        Assert.Equal(2, invalid.ExitCode);
    }

    [Fact]
    public void Script_links_are_plain_text_in_every_format()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"),
            "# 链接\n\n[点我](javascript:alert(1)) 与 <a href=\"VBScript:msgbox(1)\">VB</a> 与 [数据](data:text/html;base64,PHNjcmlwdD4=)\n\n" +
            "<javascript:alert(2)>\n\n[好链接](https://example.com/ok)\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", EveryFormat);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("doc.md:3:", result.StdErr);
        Assert.Contains("doc.md:5:", result.StdErr);
        Assert.Contains("link-unsafe", result.StdErr);
        foreach (var output in Outputs)
        {
            var path = Path.Combine(dir, "out", output);
            var texts = output.EndsWith(".pdf", StringComparison.Ordinal)
                ? [Encoding.Latin1.GetString(File.ReadAllBytes(path))]
                : ZipFile.OpenRead(path).Entries.Select(Read).ToList();
            // A link target sits in an attribute (Target="…", href="…") or a PDF string (/URI (…)); text may keep the words.
            var all = string.Concat(texts);
            Assert.DoesNotMatch(new Regex(@"[""'(]\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase), all);
            Assert.Matches(new Regex(@"[""'(]https://example\.com/ok"), all);
        }
    }

    [Fact]
    public void Svg_animation_cannot_point_an_href_at_the_network_a_fifo_or_an_outside_file()
    {
        using var trap = new TrapServer();
        var root = TestFiles.NewTempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        File.WriteAllBytes(Path.Combine(root, "secret.png"), HostileFixtures.MarkedPng("animated-secret"));
        var fifo = Path.Combine(root, "fifo");
        ExternalTool.Run("mkfifo", [fifo]);
        File.WriteAllText(Path.Combine(docs, "net.svg"), HostileFixtures.AnimatedHrefSvg(trap.Url("animated.png")));
        File.WriteAllText(Path.Combine(docs, "file.svg"), HostileFixtures.AnimatedHrefSvg("file://" + Path.Combine(root, "secret.png")));
        File.WriteAllText(Path.Combine(docs, "fifo.svg"), HostileFixtures.AnimatedHrefSvg("file://" + fifo));
        File.WriteAllText(Path.Combine(docs, "chain.svg"), HostileFixtures.UseChainSvg(30_000));
        File.WriteAllText(Path.Combine(docs, "wide.svg"), """<svg xmlns="http://www.w3.org/2000/svg" width="900000000" height="1"><rect width="900000000" height="1"/></svg>""");
        File.WriteAllText(Path.Combine(docs, "doc.md"), "# 动画\n\n![网](net.svg)\n\n![文件](file.svg)\n\n![管道](fifo.svg)\n\n![链](chain.svg)\n\n![宽](wide.svg)\n");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.Run(docs, "build", "doc.md", "--to", EveryFormat);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, trap.Connections);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the build took {clock.Elapsed} (an opened FIFO blocks)");
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
        Assert.Contains("doc.md:9:", result.StdErr);
        Assert.Contains("doc.md:11:", result.StdErr);
        foreach (var package in new[] { "doc.docx", "doc.epub", "doc.pptx" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(docs, "out", package));
            Assert.DoesNotContain(zip.Entries, e => Encoding.Latin1.GetString(ReadBytes(e)).Contains("animated-secret", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Absolute_local_paths_are_never_links_in_any_format()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"),
            "# 路径\n\n[绝对](/etc/passwd) [共享](\\\\evilhost\\share\\x.exe) [盘符](C:\\Windows\\System32\\calc.exe) [相对](notes/next.md)\n");

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", EveryFormat);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("link-unsafe", result.StdErr);
        foreach (var output in Outputs)
        {
            var path = Path.Combine(dir, "out", output);
            var all = output.EndsWith(".pdf", StringComparison.Ordinal)
                ? Encoding.Latin1.GetString(File.ReadAllBytes(path))
                : string.Concat(ZipFile.OpenRead(path).Entries.Select(Read));
            Assert.DoesNotMatch(new Regex(@"file:|[""'(]\s*/etc/passwd|evilhost|calc\.exe""", RegexOptions.IgnoreCase), all);
        }
    }

    private static string Read(ZipArchiveEntry entry) => Encoding.UTF8.GetString(ReadBytes(entry));

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
