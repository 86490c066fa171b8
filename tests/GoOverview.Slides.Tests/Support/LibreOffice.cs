using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests.Support;

/// <summary>
/// Converts a deck to PDF with LibreOffice: its own user profile and HOME per run (other converters run at the same
/// time), under a <see cref="HermeticFontconfig"/> that shows one Latin-only font and the bundled fonts (LibreOffice 7.4
/// ignores fonts embedded in a .pptx) and nothing the machine has installed, so the slides are drawn with the same
/// fonts on every machine.
/// </summary>
internal static class LibreOffice
{
    public static string BundledFontsDirectory
    {
        get
        {
            var fontsDir = Path.Combine(AppContext.BaseDirectory, "fonts");
            Assert.True(File.Exists(Path.Combine(fontsDir, "NotoSansSC-Regular.ttf")), "bundled fonts missing in the test output folder");
            return fontsDir;
        }
    }

    /// <summary>The fontconfig setup LibreOffice converts under (<paramref name="dir"/> receives it).</summary>
    public static HermeticFontconfig Fontconfig(string dir) =>
        HermeticFontconfig.Create(Path.Combine(dir, "fontconfig"), BundledFontsDirectory);

    /// <summary>A PDF LibreOffice wrote, and the fontconfig setup it ran under.</summary>
    public sealed record Converted(string Pdf, HermeticFontconfig Fontconfig);

    public static Converted ConvertToPdf(string pptxPath)
    {
        var work = TestFiles.NewTempDirectory("gooverview-lo");
        var fontconfig = Fontconfig(work);
        var result = ExternalTool.Run("soffice",
            [$"-env:UserInstallation=file://{Path.Combine(work, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", work, pptxPath],
            TimeSpan.FromMinutes(4), work, fontconfig.Environment);
        var pdf = Path.Combine(work, Path.GetFileNameWithoutExtension(pptxPath) + ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice made no PDF: " + result);
        return new Converted(pdf, fontconfig);
    }
}
