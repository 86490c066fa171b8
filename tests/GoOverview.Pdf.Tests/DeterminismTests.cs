using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>Two builds of the same input give the same bytes; the outline and /Lang are an incremental update qpdf accepts.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_seed_are_byte_identical()
    {
        var first = File.ReadAllBytes(Render());
        var second = File.ReadAllBytes(Render());
        Assert.True(first.AsSpan().SequenceEqual(second), $"builds differ ({first.Length} vs {second.Length} bytes)");

        static string Render()
        {
            var diagnostics = new DiagnosticBag();
            return PdfRender.ToFile(TestFiles.ReadSeed(diagnostics), diagnostics);
        }
    }

    [ToolFact("qpdf")]
    public void Without_bookmarks_the_language_is_still_set_and_the_file_checks_clean()
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("---\nlang: en-US\n---\n# Title\n\n## Part\n\nText.\n", diagnostics);
        var path = PdfRender.ToFile(document, diagnostics, new PdfOptions { Bookmarks = false });
        Assert.Equal(0, ExternalTool.Run("qpdf", ["--check", path]).ExitCode);
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.Matches(@"/Lang\s*\(en-US\)", raw);
        using var pdf = PdfDocument.Open(path);
        Assert.False(pdf.TryGetBookmarks(out var bookmarks) && bookmarks.Roots.Count > 0);
    }

    [ToolFact("qpdf")]
    public void Outline_counts_and_links_are_consistent_for_qpdf()
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("# 一\n\n## 二\n\n### 三\n\n#### 四\n\n正文。\n\n## 五\n\n正文。\n", diagnostics);
        var path = PdfRender.ToFile(document, diagnostics);
        var check = ExternalTool.Run("qpdf", ["--check", path]);
        Assert.True(check.ExitCode == 0, check.ToString());
        var json = ExternalTool.Run("qpdf", ["--json", "--json-key=outlines", path]).StdOut;
        using var outline = System.Text.Json.JsonDocument.Parse(json);
        var roots = outline.RootElement.GetProperty("outlines");
        Assert.Equal(1, roots.GetArrayLength());
        var h1 = roots[0];
        Assert.Equal("一", h1.GetProperty("title").GetString());
        var h2s = h1.GetProperty("kids");
        Assert.Equal(new[] { "二", "五" }, h2s.EnumerateArray().Select(k => k.GetProperty("title").GetString() ?? "").ToArray());
        Assert.Equal("四", h2s[0].GetProperty("kids")[0].GetProperty("kids")[0].GetProperty("title").GetString());
        // H1 and H2 open (qpdf derives "open" from the sign of /Count), H3 closed; the content starts on page 3 (after cover and contents).
        Assert.True(h1.GetProperty("open").GetBoolean());
        Assert.True(h2s[0].GetProperty("open").GetBoolean());
        Assert.False(h2s[0].GetProperty("kids")[0].GetProperty("open").GetBoolean());
        Assert.Equal(3, h2s[1].GetProperty("destpageposfrom1").GetInt32());
    }
}
