using System.Text;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>A table row taller than a page is cut between lines: its cells continue on the next page, nothing overflows.</summary>
public sealed class TallTableRowTests
{
    [ToolFact("qpdf")]
    public void A_row_taller_than_a_page_continues_on_the_next_page()
    {
        var cell = new StringBuilder();
        for (var i = 1; i <= 500; i++) cell.Append($"第{i}句说明文字。");
        var md = $"| 名称 | 说明 |\n|---|---|\n| 短 | {cell} |\n| 末行 | 结束 |\n";
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(md, diagnostics), diagnostics, new PdfOptions { Cover = false, Toc = false });
        Assert.Equal(0, ExternalTool.Run("qpdf", ["--check", path]).ExitCode);

        var lines = PdfLines.Read(path);
        var pagesWithCellText = lines.Where(l => l.Text.Contains("句说明文字", StringComparison.Ordinal)).Select(l => l.Page).Distinct().ToList();
        Assert.True(pagesWithCellText.Count >= 2, "the tall row should continue on a second page");
        // A4, bottom margin 62 pt: no cell text below it (only the footer sits there).
        var overflowing = lines.Where(l => l.Text.Contains("句说明文字", StringComparison.Ordinal) && l.Baseline < 62).ToList();
        Assert.Empty(overflowing);
        // Every sentence is drawn, in order, once.
        var text = string.Concat(lines.Where(l => l.Text.Contains('句')).Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)));
        var at = 0;
        for (var i = 1; i <= 500; i++)
        {
            var found = text.IndexOf($"第{i}句说明文字。", at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"sentence {i} missing or out of order");
            at = found + 1;
        }
        Assert.Contains(lines, l => l.Text.Contains("末行", StringComparison.Ordinal));
        // The header row is repeated on the continuation page.
        foreach (var page in pagesWithCellText) Assert.Contains(lines, l => l.Page == page && l.Text.Contains("名称", StringComparison.Ordinal));
    }
}
