using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>A list item's text is a whole number of body ems wide (like the text block): pure Han lines need no tracking.</summary>
public sealed class ListWidthTests
{
    [Fact]
    public void Han_lines_of_bullet_and_numbered_items_are_set_solid()
    {
        var han = string.Concat(Enumerable.Repeat("汉字排版列表项目文本宽度整数字符", 20));
        var source = $"- {han}\n- 第二项\n\n1. {han}\n2. 第二项\n\n   - {han}\n";
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(source, diagnostics), diagnostics, new PdfOptions { Cover = false, Toc = false });
        var gaps = HanGapStretch.Measure(path).ToList();
        Assert.True(gaps.Count > 500, $"only {gaps.Count} Han gaps measured");
        var worst = gaps.MaxBy(g => Math.Abs(g.StretchEm))!;
        Assert.True(Math.Abs(worst.StretchEm) < 0.001, worst.ToString());
    }
}
