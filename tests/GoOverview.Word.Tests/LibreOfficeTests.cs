using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>LibreOffice, an independent reader, converts our .docx to PDF: all text is there, drawn with the embedded fonts.</summary>
public sealed class LibreOfficeTests
{
    private static readonly Lazy<string> SeedPdf = new(() => LibreOffice.ConvertToPdf(WordKit.SeedDocx, "seed"));

    [ToolFact("soffice", "pdftotext")]
    public void Seed_pdf_contains_all_source_text()
    {
        var text = SourceText.WithoutHeaderAndFooter(ExternalTool.Run("pdftotext", ["-enc", "UTF-8", SeedPdf.Value, "-"]).StdOut, "Golang概述");
        var missing = SourceText.Missing(WordKit.Seed, text);
        Assert.True(missing.Count == 0, "missing from the PDF:\n" + string.Join("\n", missing.Take(10)));
    }

    [ToolFact("soffice", "pdffonts", "fc-list")]
    public void Seed_pdf_uses_the_embedded_Noto_font_although_fontconfig_has_none()
    {
        var dir = TestFiles.NewTempDirectory("word-fc");
        var visible = ExternalTool.Run("fc-list", [":", "family"], environment: LibreOffice.FontconfigWithoutBundledFonts(dir)).StdOut;
        Assert.DoesNotContain("Noto Sans SC", visible, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Noto Sans CJK", visible, StringComparison.OrdinalIgnoreCase);

        var fonts = ExternalTool.Run("pdffonts", [SeedPdf.Value]).StdOut;
        var lines = fonts.Split('\n').Where(l => l.Contains("NotoSansSC", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count > 0, fonts);
        Assert.Contains(lines, l => l.Contains("NotoSansSC-Regular", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("NotoSansSC-Bold", StringComparison.Ordinal));
        // Nothing CJK-capable is left on this machine, so every font in the PDF must be the embedded one or a Latin one
        Assert.DoesNotContain("Droid", fonts, StringComparison.Ordinal);
    }

    [ToolFact("soffice", "pdftoppm")]
    public void Key_terms_render_red()
    {
        var dir = TestFiles.NewTempDirectory("word-px");
        ExternalTool.Run("pdftoppm", ["-r", "40", "-f", "2", "-l", "3", SeedPdf.Value, Path.Combine(dir, "p")]);
        var pages = Directory.GetFiles(dir, "p-*.ppm").Order().Select(Ppm.Read).ToList();
        Assert.NotEmpty(pages);
        // pure red pixels come only from the four key terms (links are blue, headings dark blue)
        var red = pages.Sum(p => p.Count((r, g, b) => r > 200 && g < 70 && b < 70));
        Assert.True(red > 100, $"only {red} red pixels");
    }

    [ToolFact("soffice", "pdftotext")]
    public void Fixture_with_table_code_quotes_and_footnote_converts_with_all_text()
    {
        var document = Fixtures.TablesCodeQuotesNotes();
        var pdf = LibreOffice.ConvertToPdf(WordKit.Write(document), "fixture");
        var text = SourceText.WithoutHeaderAndFooter(ExternalTool.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).StdOut, "测试文档");
        var missing = SourceText.Missing(document, text);
        Assert.True(missing.Count == 0, "missing from the PDF:\n" + string.Join("\n", missing) + "\n--- PDF text ---\n" + text);
    }
}
