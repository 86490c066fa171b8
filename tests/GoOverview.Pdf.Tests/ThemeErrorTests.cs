using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>A broken user theme fails the PDF with file and line instead of silently printing the default theme.</summary>
public sealed class ThemeErrorTests
{
    [Fact]
    public void Invalid_theme_json_is_a_content_error_naming_file_and_line()
    {
        var theme = Path.Combine(TestFiles.NewTempDirectory(), "theme.json");
        File.WriteAllText(theme, "{\n  \"keyTermColor\": \"#0000FF\",\n  \"bodySize\": \n");
        var error = Assert.Throws<ContentException>(() =>
            PdfRender.ToFile(TestFiles.Read("# 标题\n\n正文\n"), new DiagnosticBag(), new PdfOptions { ThemePath = theme }));
        Assert.Contains("not valid JSON", error.Message);
        Assert.Equal(theme, error.Location!.File);
        Assert.True(error.Location.Line >= 3, $"line {error.Location.Line}");
    }

    [Fact]
    public void Missing_theme_file_is_a_content_error()
    {
        var error = Assert.Throws<ContentException>(() =>
            PdfRender.ToFile(TestFiles.Read("正文\n"), new DiagnosticBag(), new PdfOptions { ThemePath = "/nonexistent/theme.json" }));
        Assert.Contains("not found", error.Message);
    }
}
