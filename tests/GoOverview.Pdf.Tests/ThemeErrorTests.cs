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
        Assert.Contains("no such file", error.Message);
    }

    [Theory]
    [InlineData("{\n  \"bodySize\": 1e308\n}", 2, "outside 4–200 pt")]
    [InlineData("{\n  \"footnoteLineHeight\": 9\n}", 2, "outside 0.8–4")]
    [InlineData("{\n\n  \"bodyFont\": 12\n}", 3, "not a body font (serif, sans, a font file")]
    [InlineData("{\n  \"headingSpaceAfter\": [1, 1, 1,\n 1, 1, -1]\n}", 3, "'headingSpaceAfter[5]' -1")]
    public void Out_of_range_values_are_content_errors_at_their_line(string json, int line, string message)
    {
        var theme = Path.Combine(TestFiles.NewTempDirectory(), "theme.json");
        File.WriteAllText(theme, json);
        var error = Assert.Throws<ContentException>(() =>
            PdfRender.ToFile(TestFiles.Read("正文\n"), new DiagnosticBag(), new PdfOptions { ThemePath = theme }));
        Assert.Contains(message, error.Message);
        Assert.Equal(line, error.Location!.Line);
    }

    [Fact]
    public void Every_number_of_the_bundled_theme_has_a_range_and_lies_in_it()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.RepoRoot, "templates", "pdf", "theme.json")));
        foreach (var p in doc.RootElement.EnumerateObject())
            if (p.Value.ValueKind is System.Text.Json.JsonValueKind.Number or System.Text.Json.JsonValueKind.Array)
                Assert.True(Theme.ThemeRanges.ByKey.ContainsKey(p.Name), p.Name);
        Assert.NotNull(Theme.ThemeLoader.Load(null, new DiagnosticBag()));
    }
}
