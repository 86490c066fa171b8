using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>A serif handout: Noto Serif SC body (subset) under Noto Sans SC Bold headings, by option or by theme.</summary>
public sealed class SerifBodyTests
{
    private const string Source = "# 标题\n\n## 第一节\n\n正文用宋体，**加粗用黑体**，Go 语言。\n";

    [ToolFact("pdffonts")]
    public void The_option_sets_the_body_in_noto_serif_sc_and_headings_stay_sans()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics, new PdfOptions { BodyFont = BodyFont.Serif });
        Assert.Equal(["NotoSansSC-Bold", "NotoSerifSC-Regular"], PdfFonts.Names(path));
        Assert.Contains("+NotoSerifSC-Regular", ExternalTool.Run("pdffonts", [path]).StdOut); // a subset, tagged
    }

    [ToolFact("pdffonts")]
    public void The_theme_key_does_the_same_and_sans_stays_the_default()
    {
        var theme = Path.Combine(TestFiles.NewTempDirectory(), "theme.json");
        File.WriteAllText(theme, """{ "bodyFont": "serif" }""");
        var diagnostics = new DiagnosticBag();
        var serif = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics, new PdfOptions { ThemePath = theme });
        Assert.Contains("NotoSerifSC-Regular", PdfFonts.Names(serif));
        var sans = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics);
        Assert.Equal(["NotoSansSC-Bold", "NotoSansSC-Regular"], PdfFonts.Names(sans));
    }
}
