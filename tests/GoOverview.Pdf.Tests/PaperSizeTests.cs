using System.Globalization;
using System.Text.RegularExpressions;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>Every page of a handout on A5, 16开 and a custom size has that paper's box (pdfinfo reads it).</summary>
public sealed partial class PaperSizeTests
{
    [ToolTheory("pdfinfo")]
    [InlineData("A5", 148, 210)]
    [InlineData("16开", 185, 260)]
    [InlineData("16k", 185, 260)]
    [InlineData("B5-JIS", 182, 257)]
    [InlineData("170x240", 170, 240)]
    public void Every_page_box_is_the_paper(string name, double widthMm, double heightMm)
    {
        var paper = PaperSize.Parse(name, out var problem);
        Assert.True(paper is not null, problem);
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("# 标题\n\n## 小节\n\n正文，一段中文。\n", diagnostics);
        var path = PdfRender.ToFile(document, diagnostics, new PdfOptions { Paper = paper });
        var info = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", "99", "-box", path]);
        Assert.Equal(0, info.ExitCode);
        var boxes = MediaBox().Matches(info.StdOut);
        Assert.Equal(3, boxes.Count); // cover, contents, content
        foreach (Match box in boxes)
        {
            var w = Points(box.Groups[3]) - Points(box.Groups[1]);
            var h = Points(box.Groups[4]) - Points(box.Groups[2]);
            // Skia snaps page sizes to its raster grid (72/150 pt): within 0.1 mm is as exact as a PDF from it gets.
            Assert.InRange(w * 25.4 / 72, widthMm - 0.1, widthMm + 0.1);
            Assert.InRange(h * 25.4 / 72, heightMm - 0.1, heightMm + 0.1);
        }
    }

    [Theory]
    [InlineData("A3")]
    [InlineData("10x10")]
    [InlineData("210x5000")]
    public void Unknown_or_absurd_papers_are_refused_with_the_choices(string name)
    {
        Assert.Null(PaperSize.Parse(name, out var problem));
        Assert.Contains(name, problem);
    }

    private static double Points(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)")]
    private static partial Regex MediaBox();
}
