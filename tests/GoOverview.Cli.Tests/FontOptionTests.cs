using Xunit;
using System.IO.Compression;
using GoOverview.Fonts;
using GoOverview.TestSupport;

namespace GoOverview.Cli.Tests;

/// <summary>--font FILE and --font FAMILY reach every writer; a font that cannot be used is a usage error (exit 2).</summary>
public sealed class FontOptionTests
{
    private static string BundledSerif => Path.Combine(FontLibrary.FindFontsDirectory(), "NotoSerifSC-Regular.ttf");

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "gooverview.dll");

    private static string NewDocument()
    {
        var dir = TestFiles.NewTempDirectory("font-option");
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 字体\n\n## 正文\n\n正文用自己的字体排版，C++ 代码与 Go 语言。\n");
        return dir;
    }

    [ToolFact("pdffonts")]
    public void A_font_file_is_subset_into_the_pdf_and_embedded_and_named_in_word_and_epub()
    {
        var dir = NewDocument();
        File.Copy(BundledSerif, Path.Combine(dir, "MySong.ttf"));
        var result = CliRunner.Run(dir, "build", "doc.md", "--font", "MySong.ttf", "--to", "pdf,docx,epub,pptx", "-o", "out", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["NotoSansSC-Bold", "NotoSerifSC-Regular"], PdfFonts.Names(Path.Combine(dir, "out", "doc.pdf")));

        using var docx = ZipFile.OpenRead(Path.Combine(dir, "out", "doc.docx"));
        var fontTable = Read(docx, "word/fontTable.xml");
        Assert.Matches("<w:font w:name=\"Noto Serif SC\">.*?<w:embedRegular ", fontTable);
        Assert.Contains("w:eastAsia=\"Noto Serif SC\"", Read(docx, "word/styles.xml"));

        using var epub = ZipFile.OpenRead(Path.Combine(dir, "out", "doc.epub"));
        Assert.Contains(epub.Entries, e => e.FullName.EndsWith("fonts/NotoSerifSC-Regular.ttf", StringComparison.Ordinal));
        using var pptx = ZipFile.OpenRead(Path.Combine(dir, "out", "doc.pptx"));
        Assert.Contains("typeface=\"Noto Serif SC\"", Read(pptx, "ppt/presentation.xml"));
    }

    [ToolFact("pdffonts")]
    public void Cjk_font_is_the_same_option_under_pandocs_name()
    {
        var dir = NewDocument();
        var result = CliRunner.Run(dir, "build", "doc.md", "--cjk-font", "serif", "--to", "pdf", "-o", "out", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["NotoSansSC-Bold", "NotoSerifSC-Regular"], PdfFonts.Names(Path.Combine(dir, "out", "doc.pdf")));
    }

    [Fact]
    public void A_missing_font_file_is_a_usage_error_with_its_path()
    {
        var dir = NewDocument();
        var result = CliRunner.Run(dir, "build", "doc.md", "--font", "nowhere/none.ttf", "--to", "pdf", "-o", "out", "-q");
        Assert.Equal(ExitCodes.BadUsage, result.ExitCode);
        Assert.Contains("none.ttf: no such file", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [ToolFact("fc-match", "fc-query", "pdffonts", HermeticFonts = true)]
    public void An_installed_family_is_found_through_fontconfig_and_an_unknown_one_is_refused()
    {
        var dir = NewDocument();
        var installed = Path.Combine(dir, "installed");
        Directory.CreateDirectory(installed);
        File.Copy(BundledSerif, Path.Combine(installed, "NotoSerifSC-Regular.ttf"));
        var fontconfig = HermeticFontconfig.Create(Path.Combine(dir, "fc"), installed);

        var found = ExternalTool.Run("dotnet", [Dll, "build", "doc.md", "--font", "Noto Serif SC", "--to", "pdf", "-o", "out", "-q"],
            TimeSpan.FromMinutes(3), dir, fontconfig.Environment);
        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Contains("NotoSerifSC-Regular", PdfFonts.Names(Path.Combine(dir, "out", "doc.pdf")));

        var unknown = ExternalTool.Run("dotnet", [Dll, "build", "doc.md", "--font", "Imaginary Kai", "--to", "pdf", "-o", "out2", "-q"],
            TimeSpan.FromMinutes(3), dir, fontconfig.Environment);
        Assert.Equal(ExitCodes.BadUsage, unknown.ExitCode);
        Assert.Contains("font family 'Imaginary Kai' is not installed", unknown.StdErr);

        // The hermetic setup's one Latin font is installed but has no Chinese: refused with that reason.
        var latin = ExternalTool.Run("fc-query", ["--format=%{family[0]}", HermeticFontconfig.LatinFontFile!]);
        var noChinese = ExternalTool.Run("dotnet", [Dll, "build", "doc.md", "--font", latin.StdOut.Trim(), "--to", "pdf", "-o", "out3", "-q"],
            TimeSpan.FromMinutes(3), dir, fontconfig.Environment);
        Assert.Equal(ExitCodes.BadUsage, noChinese.ExitCode);
        Assert.Contains("has no Chinese characters", noChinese.StdErr);
    }

    [Fact]
    public void The_config_names_the_font_and_switches_off_the_word_first_line_indent()
    {
        var dir = NewDocument();
        File.Copy(BundledSerif, Path.Combine(dir, "MySong.ttf"));
        File.WriteAllText(Path.Combine(dir, "gooverview.yaml"), "font: MySong.ttf\nfirst-line-indent: false\n");
        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "docx", "-o", "out", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var docx = ZipFile.OpenRead(Path.Combine(dir, "out", "doc.docx"));
        var styles = Read(docx, "word/styles.xml");
        Assert.Contains("w:eastAsia=\"Noto Serif SC\"", styles);
        Assert.Matches("w:styleId=\"BodyText\">.*?<w:ind w:firstLineChars=\"0\"", styles);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
