using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>LibreOffice, an independent reader, converts our .docx to PDF: all text is there, drawn with the embedded fonts.</summary>
public sealed class LibreOfficeTests
{
    private static readonly Lazy<LibreOffice.Converted> SeedPdf = new(() => LibreOffice.ConvertToPdf(WordKit.SeedDocx, "seed"));

    [ToolFact("soffice", "pdftotext", HermeticFonts = true)]
    public void Seed_pdf_contains_all_source_text()
    {
        var text = SourceText.WithoutHeaderAndFooter(ExternalTool.Run("pdftotext", ["-enc", "UTF-8", SeedPdf.Value.Pdf, "-"]).StdOut, "Golang概述");
        var missing = SourceText.Missing(WordKit.Seed, text);
        Assert.True(missing.Count == 0, "missing from the PDF:\n" + string.Join("\n", missing.Take(10)));
    }

    [ToolFact("soffice", "pdffonts", "fc-list", "fc-query", HermeticFonts = true)]
    public void Seed_pdf_draws_Chinese_with_the_embedded_Noto_font_because_fontconfig_has_no_Chinese_font()
    {
        // LibreOffice ran under a fontconfig that holds one Latin-only font and nothing this machine has installed
        // (fonts-noto-cjk, Droid Sans Fallback…), so no Chinese font exists for it but the one embedded in the .docx
        var fontconfig = SeedPdf.Value.Fontconfig;
        var latin = Path.Combine(fontconfig.LatinFontDirectory, Path.GetFileName(HermeticFontconfig.LatinFontFile!));
        Assert.Equal([latin], fontconfig.FontFiles());
        Assert.Empty(fontconfig.ChineseFonts());

        var fonts = PdfFonts.Names(SeedPdf.Value.Pdf);
        Assert.Contains("NotoSansSC-Regular", fonts);
        Assert.Contains("NotoSansSC-Bold", fonts);
        // every font in the PDF is one the document embeds, or the Latin one
        var latinName = ExternalTool.Run("fc-query", ["--format", "%{postscriptname}", latin]).StdOut.Trim();
        string[] allowed = ["NotoSansSC-Regular", "NotoSansSC-Bold", "JetBrainsMono-Regular", latinName];
        Assert.True(fonts.All(allowed.Contains), $"fonts: {string.Join(", ", fonts)}; allowed: {string.Join(", ", allowed)}");
    }

    [ToolFact("soffice", "pdftoppm", HermeticFonts = true)]
    public void Key_terms_render_red()
    {
        var dir = TestFiles.NewTempDirectory("word-px");
        ExternalTool.Run("pdftoppm", ["-r", "40", "-f", "3", "-l", "4", SeedPdf.Value.Pdf, Path.Combine(dir, "p")]);
        var pages = Directory.GetFiles(dir, "p-*.ppm").Order().Select(Ppm.Read).ToList();
        Assert.NotEmpty(pages);
        // pure red pixels come only from the four key terms (links are blue, headings dark blue)
        var red = pages.Sum(p => p.Count((r, g, b) => r > 200 && g < 70 && b < 70));
        Assert.True(red > 100, $"only {red} red pixels");
    }

    [ToolFact("soffice", "pdftotext", HermeticFonts = true)]
    public void Fixture_with_table_code_quotes_and_footnote_converts_with_all_text()
    {
        var document = Fixtures.TablesCodeQuotesNotes();
        var pdf = LibreOffice.ConvertToPdf(WordKit.Write(document), "fixture").Pdf;
        var text = SourceText.WithoutHeaderAndFooter(ExternalTool.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).StdOut, "测试文档");
        var missing = SourceText.Missing(document, text);
        Assert.True(missing.Count == 0, "missing from the PDF:\n" + string.Join("\n", missing) + "\n--- PDF text ---\n" + text);
    }
}
