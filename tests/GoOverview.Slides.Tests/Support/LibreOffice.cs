using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests.Support;

/// <summary>
/// Converts a deck to PDF with LibreOffice: its own user profile per run (other converters run at the same time), and
/// the bundled fonts made visible through fontconfig (LibreOffice 7.4 ignores fonts embedded in a .pptx).
/// </summary>
internal static class LibreOffice
{
    public static string ConvertToPdf(string pptxPath)
    {
        var work = TestFiles.NewTempDirectory("gooverview-lo");
        var fontsDir = Path.Combine(AppContext.BaseDirectory, "fonts");
        Assert.True(File.Exists(Path.Combine(fontsDir, "NotoSansSC-Regular.ttf")), "bundled fonts missing in the test output folder");
        var config = Path.Combine(work, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{fontsDir}</dir>
              <cachedir>{Path.Combine(work, "fc-cache")}</cachedir>
            </fontconfig>
            """);
        var result = ExternalTool.Run("soffice",
            [$"-env:UserInstallation=file://{Path.Combine(work, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", work, pptxPath],
            TimeSpan.FromMinutes(4), environment: new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config });
        var pdf = Path.Combine(work, Path.GetFileNameWithoutExtension(pptxPath) + ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice made no PDF: " + result);
        return pdf;
    }
}
