using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.TestSupport;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Cli.Tests;

/// <summary>
/// Real-world raw HTML (tests/test-data/raw-html: a link table with a header, rowspans and a colspan, a list of 30
/// links, a centred image, details, kbd, sub/sup, ruby, font colour and an attack) through every format: nothing
/// lost, nothing active kept, each dropped construct one warning at its line, every output valid.
/// </summary>
public sealed partial class RawHtmlTests
{
    private static readonly string DataDirectory = Path.Combine(TestFiles.RepoRoot, "tests", "test-data", "raw-html");

    private static (string Dir, ExternalTool.Result Result) Build()
    {
        var dir = TestFiles.NewTempDirectory();
        foreach (var file in Directory.GetFiles(DataDirectory)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var result = CliRunner.Run(dir, "build", "raw-html.md", "--to", "pdf,docx,epub,pptx", "-o", "out");
        Assert.True(result.ExitCode == 0, result.ToString());
        return (dir, result);
    }

    private static string Source => File.ReadAllText(Path.Combine(DataDirectory, "raw-html.md"));

    /// <summary>Texts of every table cell and every link of the source, as a reader sees them (tags gone).</summary>
    private static List<string> CellAndLinkTexts()
    {
        var texts = CellPattern().Matches(Source).Concat(LinkPattern().Matches(Source))
            .Select(m => TagPattern().Replace(m.Groups[1].Value, "")).Distinct().ToList();
        Assert.True(texts.Count >= 70, $"only {texts.Count} texts found in the test document");
        return texts;
    }

    private static string NoSpace(string text) => Regex.Replace(text, @"\s+", "");

    private static int LineOf(string marker) =>
        Source.Split('\n').Select((line, i) => (line, i)).First(p => p.line.Contains(marker, StringComparison.Ordinal)).i + 1;

    [ToolFact("pdftotext", "epubcheck")]
    public void Every_cell_and_link_reaches_every_format_and_the_attack_reaches_none()
    {
        var (dir, result) = Build();
        var outDir = Path.Combine(dir, "out");
        var texts = CellAndLinkTexts();

        // PDF: every cell and link text is there (pdftotext may wrap a cell, so whitespace is ignored)
        var pdfText = NoSpace(ExternalTool.Run("pdftotext", ["-enc", "UTF-8", Path.Combine(outDir, "raw-html.pdf"), "-"]).StdOut);
        Assert.All(texts, t => Assert.Contains(NoSpace(t), pdfText));
        Assert.Contains("漢字（かんじ）", pdfText);
        Assert.Contains("点击查看答案", pdfText);

        // DOCX: a real table with the spans, valid
        using (var docx = WordprocessingDocument.Open(Path.Combine(outDir, "raw-html.docx"), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx).Select(e => e.Description));
            var table = Assert.Single(docx.MainDocumentPart!.Document!.Body!.Elements<W.Table>());
            var tableText = NoSpace(table.InnerText);
            Assert.All(CellPattern().Matches(Source).Select(m => TagPattern().Replace(m.Groups[1].Value, "")), t => Assert.Contains(NoSpace(t), tableText));
            Assert.Contains(table.Descendants<W.GridSpan>(), g => g.Val?.Value == 3);
            Assert.Equal(6, table.Descendants<W.VerticalMerge>().Count(v => v.Val?.Value == W.MergedCellValues.Restart));
            Assert.Equal(50, docx.MainDocumentPart.Document.Body.Descendants<W.Hyperlink>().Count(h => h.Id?.Value is { Length: > 0 }));
        }

        // PPTX: the slides show every cell and link text, valid
        using (var pptx = PresentationDocument.Open(Path.Combine(outDir, "raw-html.pptx"), false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(pptx).Select(e => e.Description));
        var slideText = NoSpace(string.Concat(ZipTexts(Path.Combine(outDir, "raw-html.pptx"), "ppt/slides/slide")
            .SelectMany(xml => SlideTextPattern().Matches(xml).Select(m => m.Groups[1].Value))));
        Assert.All(texts, t => Assert.Contains(NoSpace(t), slideText));

        // EPUB: valid, the spans as HTML spans, ruby as ruby, nothing active
        Assert.Empty(Epubcheck.Problems(Path.Combine(outDir, "raw-html.epub")));
        var xhtml = string.Concat(ZipTexts(Path.Combine(outDir, "raw-html.epub"), "EPUB/"));
        Assert.Contains("rowspan=\"4\"", xhtml);
        Assert.Contains("colspan=\"3\"", xhtml);
        Assert.Contains("<ruby>漢字<rp>（</rp><rt>かんじ</rt><rp>）</rp></ruby>", xhtml);
        Assert.Contains("<kbd", xhtml);
        foreach (var active in new[] { "<script", "<iframe", "onerror", "alert(", "evil.example" })
        {
            Assert.DoesNotContain(active, xhtml);
            Assert.DoesNotContain(active, pdfText);
            Assert.DoesNotContain(active, slideText);
        }

        // each dropped construct: exactly one warning, at its line
        var dropped = result.StdErr.Split('\n').Where(l => l.Contains("[html-dropped]")).ToList();
        Assert.Equal(3, dropped.Count);
        Assert.Contains($"raw-html.md:{LineOf("<script")}:", dropped[0]);
        Assert.Contains($"raw-html.md:{LineOf("<iframe")}:", dropped[1]);
        Assert.Contains($"raw-html.md:{LineOf("onerror")}:", dropped[2]);
        Assert.All(dropped, l => Assert.Contains("dropped", l));
        Assert.DoesNotContain("kept verbatim", result.StdErr);
    }

    private static IEnumerable<string> ZipTexts(string path, string prefix)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.FullName.EndsWith("ml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            yield return reader.ReadToEnd();
        }
    }

    [GeneratedRegex(@"<t[dh][^>]*>(.*?)</t[dh]>")]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"<a href=""[^""]*"">(.*?)</a>")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"<a:t>([^<]*)</a:t>")]
    private static partial Regex SlideTextPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}
