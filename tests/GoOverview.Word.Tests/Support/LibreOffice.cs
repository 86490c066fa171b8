using GoOverview.TestSupport;

namespace GoOverview.Word.Tests.Support;

/// <summary>
/// Converts a .docx to PDF with LibreOffice in its own profile and HOME, one document per process (LibreOffice caches
/// embedded fonts by name per process), under a <see cref="HermeticFontconfig"/> that holds one Latin-only font and
/// nothing else, so the only way to draw Noto Sans SC (or any Chinese) is the font embedded in the document —
/// whatever fonts this machine has installed.
/// </summary>
internal static class LibreOffice
{
    /// <summary>The fontconfig setup LibreOffice converts under (<paramref name="dir"/> receives it).</summary>
    public static HermeticFontconfig Fontconfig(string dir) => HermeticFontconfig.Create(Path.Combine(dir, "fontconfig"));

    /// <summary>A PDF LibreOffice wrote, and the fontconfig setup it ran under.</summary>
    public sealed record Converted(string Pdf, HermeticFontconfig Fontconfig);

    /// <summary>The PDF; fails the test with LibreOffice's output when no PDF was written.</summary>
    public static Converted ConvertToPdf(byte[] docx, string name)
    {
        var dir = TestFiles.NewTempDirectory("word-lo");
        var input = Path.Combine(dir, name + ".docx");
        File.WriteAllBytes(input, docx);
        var fontconfig = Fontconfig(dir);
        var result = ExternalTool.Run("soffice",
            ["-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, input],
            TimeSpan.FromMinutes(3), dir, fontconfig.Environment);
        var pdf = Path.Combine(dir, name + ".pdf");
        if (!File.Exists(pdf)) throw new Xunit.Sdk.XunitException("LibreOffice wrote no PDF: " + result);
        return new Converted(pdf, fontconfig);
    }
}
