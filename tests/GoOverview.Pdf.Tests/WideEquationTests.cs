using System.Text;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>A display equation wider than the text block is set smaller to fit it, down to 70%; beyond that it is reported at its line.</summary>
public sealed class WideEquationTests
{
    private const string Body = "Go 语言的并发模型基于 CSP 理论，goroutine 是轻量级线程，由运行时调度，channel 用来在它们之间传递消息，这让并发程序更容易编写。";

    private static string Sum(int terms)
    {
        var tex = new StringBuilder();
        for (var i = 1; i <= terms; i++) tex.Append(i > 1 ? " + " : "").Append("x_{").Append(i).Append('}');
        return tex.ToString();
    }

    [Fact]
    public void A_wide_display_equation_is_scaled_into_the_text_block()
    {
        var diagnostics = new DiagnosticBag();
        var markdown = $"{Body}\n\n$$\\sum_{{k=1}}^{{n}} {Sum(24)} = S$$\n\n{Body}\n";
        var path = PdfRender.ToFile(TestFiles.Read(markdown, diagnostics), diagnostics, new PdfOptions { Cover = false, Toc = false });
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "math-too-wide");

        using var pdf = PdfDocument.Open(path);
        var letters = pdf.GetPage(1).Letters.ToList();
        var text = letters.Where(l => !(l.FontName ?? "").Contains("Math", StringComparison.Ordinal)).ToList();
        var math = letters.Where(l => (l.FontName ?? "").Contains("Math", StringComparison.Ordinal)).ToList();
        var (left, right) = (text.Min(l => l.BoundingBox.Left), text.Max(l => l.BoundingBox.Right));
        Assert.True(math.Count > 50, $"{math.Count} math glyphs");
        Assert.All(math, l => Assert.InRange(l.BoundingBox.Left, left - 1, right + 1));
        Assert.All(math, l => Assert.InRange(l.BoundingBox.Right, left - 1, right + 1));
        // It fills the block (scaled to fit, not shrunk more than needed) and its letters are smaller than the text's.
        Assert.True(math.Max(l => l.BoundingBox.Right) - math.Min(l => l.BoundingBox.Left) > 0.95 * (right - left));
        Assert.True(math.Where(l => l.Value == "+").Max(l => l.PointSize) < text.Max(l => l.PointSize));
    }

    [Fact]
    public void An_equation_too_wide_even_at_70_percent_is_reported_at_its_line()
    {
        var diagnostics = new DiagnosticBag();
        var markdown = $"{Body}\n\n$${Sum(80)}$$\n";
        PdfRender.ToFile(TestFiles.Read(markdown, diagnostics), diagnostics, new PdfOptions { Cover = false, Toc = false });
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "math-too-wide");
        Assert.Equal(3, warning.Location?.Line);
    }
}
