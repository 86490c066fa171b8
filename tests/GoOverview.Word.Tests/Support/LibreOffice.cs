using GoOverview.TestSupport;

namespace GoOverview.Word.Tests.Support;

/// <summary>
/// Converts a .docx to PDF with LibreOffice in its own profile, one document per process (LibreOffice caches
/// embedded fonts by name per process), with a fontconfig setup that hides the bundled fonts' families so the
/// only way to draw Noto Sans SC is the font embedded in the document.
/// </summary>
internal static class LibreOffice
{
    public static readonly string[] HiddenFamilies = ["Noto Sans SC", "Noto Sans CJK SC", "JetBrains Mono"];

    public static Dictionary<string, string> FontconfigWithoutBundledFonts(string dir)
    {
        var rejects = string.Concat(HiddenFamilies.Select(f => $"<pattern><patelt name=\"family\"><string>{f}</string></patelt></pattern>"));
        var config = Path.Combine(dir, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <cachedir>{dir}/fc-cache</cachedir>
              <selectfont><rejectfont>{rejects}</rejectfont></selectfont>
            </fontconfig>
            """);
        return new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config };
    }

    /// <summary>The PDF path; fails the test with LibreOffice's output when no PDF was written.</summary>
    public static string ConvertToPdf(byte[] docx, string name)
    {
        var dir = TestFiles.NewTempDirectory("word-lo");
        var input = Path.Combine(dir, name + ".docx");
        File.WriteAllBytes(input, docx);
        var environment = FontconfigWithoutBundledFonts(dir);
        var result = ExternalTool.Run("soffice",
            ["-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, input],
            TimeSpan.FromMinutes(3), dir, environment);
        var pdf = Path.Combine(dir, name + ".pdf");
        if (!File.Exists(pdf)) throw new Xunit.Sdk.XunitException("LibreOffice wrote no PDF: " + result);
        return pdf;
    }
}
