using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// Characters Noto Sans SC lacks (task boxes, ✅ ❌, emoji, Korean) are drawn in every format through the font chain
/// (tests/TestData/glyphs/fallback.md), fallback faces are embedded only when used, and a character no font has is
/// reported once with its line and never left blank.
/// </summary>
public sealed class GlyphFallbackTests
{
    private static readonly string[] Drawn = ["☐", "☑", "✅", "❌", "😀", "한국어", "⚠"];
    private static readonly string[] FallbackFonts = ["NotoSansSymbols2-Regular", "NotoEmoji-Regular", "NotoSansKR-Regular"];
    private const string PrivateUse = "\uE000";
    private const string Hieroglyph = "\U00013000";

    private static (string Dir, ExternalTool.Result Result) Build(params string[] formats) =>
        CliRunner.BuildTestDocument(["TestData", "glyphs", "fallback.md"], formats);

    [ToolFact("pdffonts", "pdftotext", "epubcheck")]
    public void Every_format_draws_the_fallback_characters_and_reports_the_missing_ones_once()
    {
        var (outDir, result) = Build("pdf", "docx", "epub", "pptx", "slides-pdf");

        var warnings = result.StdErr.Split('\n').Where(l => l.Contains("[font-coverage]", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        var line = File.ReadAllLines(Path.Combine(outDir, "..", "fallback.md")).ToList().FindIndex(l => l.Contains(PrivateUse, StringComparison.Ordinal)) + 1;
        Assert.Contains($"fallback.md:{line}:", warning);
        Assert.Contains("U+E000", warning);
        Assert.Contains("U+13000", warning);
        Assert.DoesNotContain("U+D55C", warning);

        foreach (var pdf in new[] { "fallback.pdf", "fallback.slides.pdf" })
        {
            var path = Path.Combine(outDir, pdf);
            var fonts = ExternalTool.Run("pdffonts", [path]).StdOut.Split('\n');
            foreach (var name in FallbackFonts)
            {
                var row = Assert.Single(fonts, l => l.Contains("+" + name + " ", StringComparison.Ordinal));
                Assert.Matches(@"yes\s+yes\s+yes", row); // embedded, subset, with a ToUnicode map
            }
            var text = ExternalTool.Run("pdftotext", [path, "-"]).StdOut;
            foreach (var s in Drawn) Assert.Contains(s, text);
            if (pdf == "fallback.pdf")
            {
                Assert.Contains(PrivateUse, text); // drawn as □, copied as itself
                Assert.Contains(Hieroglyph, text);
            }
        }

        AssertWord(Path.Combine(outDir, "fallback.docx"));
        AssertEpub(Path.Combine(outDir, "fallback.epub"));
        AssertSlides(Path.Combine(outDir, "fallback.pptx"));
    }

    [ToolFact("pdffonts")]
    public void The_seed_embeds_no_fallback_face()
    {
        var dir = TestFiles.NewTempDirectory("gooverview-glyphs-seed");
        var result = CliRunner.Run(dir, "build", "--sample", "--to", "pdf,docx,epub,pptx", "-o", "out", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        var pdf = Path.Combine(dir, "out", "go-overview.pdf");
        Assert.Equal(["NotoSansSC-Bold", "NotoSansSC-Regular"], PdfFonts.Names(pdf));
        Assert.InRange(new FileInfo(pdf).Length, 1, 300 * 1024);
        Assert.DoesNotContain("[font-coverage]", result.StdErr);
        foreach (var package in new[] { "go-overview.docx", "go-overview.epub", "go-overview.pptx" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(dir, "out", package));
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("Emoji", StringComparison.Ordinal) || e.FullName.Contains("Symbols", StringComparison.Ordinal));
        }
        using var docx = WordprocessingDocument.Open(Path.Combine(dir, "out", "go-overview.docx"), false);
        Assert.Equal(2, docx.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().Count());
    }

    private static void AssertWord(string path)
    {
        using var docx = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx).Select(e => e.Description));
        var runs = docx.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        string? FontOf(string text) => runs.First(r => r.InnerText.Contains(text, StringComparison.Ordinal)).RunProperties?.RunFonts?.Ascii?.Value;
        Assert.Equal("Noto Sans Symbols 2", FontOf("☐"));
        Assert.Equal("Noto Emoji", FontOf("✅"));
        Assert.Equal("Noto Emoji", FontOf("😀"));
        Assert.Equal("Noto Sans KR", FontOf("한국어"));
        Assert.NotNull(runs.First(r => r.InnerText == PrivateUse).RunProperties?.Border); // a visible box
        var table = docx.MainDocumentPart.FontTablePart!;
        foreach (var family in new[] { "Noto Sans Symbols 2", "Noto Emoji", "Noto Sans KR" })
        {
            var font = Assert.Single(table.Fonts!.Elements<Font>(), f => f.Name == family);
            var embed = Assert.Single(font.Elements<EmbedRegularFont>());
            Assert.True(table.GetPartById(embed.Id!.Value!).GetStream().Length > 200);
        }
    }

    private static void AssertEpub(string path)
    {
        Assert.Empty(Epubcheck.Problems(path));
        using var zip = ZipFile.OpenRead(path);
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }
        var css = Read("EPUB/styles/generated.css");
        foreach (var (family, file) in new[] { ("Noto Sans Symbols 2", "NotoSansSymbols2"), ("Noto Emoji", "NotoEmoji"), ("Noto Sans KR", "NotoSansKR") })
        {
            Assert.Contains($"font-family: \"{family}\";", css);
            Assert.Contains($"url(\"../fonts/{file}-Regular.ttf\")", css);
            Assert.True(zip.GetEntry($"EPUB/fonts/{file}-Regular.ttf")!.Length > 200);
        }
        var chapter = Read("EPUB/text/chapter1.xhtml");
        Assert.Contains("<span class=\"glyph-emoji\">😀</span>", chapter);
        Assert.Contains("<span class=\"glyph-kr\">한국어</span>", chapter);
        Assert.Contains($"<span class=\"glyph-missing\">{PrivateUse}</span>", chapter);
    }

    private static void AssertSlides(string path)
    {
        using (var pptx = PresentationDocument.Open(path, false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(pptx).Select(e => e.Description));
        using var zip = ZipFile.OpenRead(path);
        var slides = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Matches("<a:latin typeface=\"Noto Emoji\" />.{0,200}<a:t>😀</a:t>", slides);
        Assert.Matches("<a:latin typeface=\"Noto Sans KR\" />.{0,200}<a:t>한국어</a:t>", slides);
        var presentation = new StreamReader(zip.GetEntry("ppt/presentation.xml")!.Open()).ReadToEnd();
        Assert.Contains("typeface=\"Noto Emoji\"", presentation);
        Assert.Contains("typeface=\"Noto Sans Symbols 2\"", presentation);
    }
}
