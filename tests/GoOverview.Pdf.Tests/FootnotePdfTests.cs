using System.Text;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace GoOverview.Pdf.Tests;

/// <summary>Footnotes read back with PdfPig: at the foot of the referencing page, smaller, linked both ways.</summary>
public sealed class FootnotePdfTests
{
    private static string Markdown()
    {
        var md = new StringBuilder("# 脚注\n\n");
        const string filler = "Go 语言的并发模型基于 CSP 理论，goroutine 是轻量级线程，由运行时调度，channel 用来在它们之间传递消息，这让并发程序更容易编写。";
        for (var i = 1; i <= 30; i++)
        {
            md.Append(filler);
            if (i == 4) md.Append("甲处引用[^a]");
            if (i == 17) md.Append("乙处引用[^b]");
            md.Append("\n\n");
        }
        md.Append("[^a]: 甲注的内容在页脚。\n[^b]: 乙注的内容也在页脚。\n");
        return md.ToString();
    }

    [Fact]
    public void Each_note_is_at_the_foot_of_the_page_with_its_reference_smaller_and_linked_both_ways()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Markdown(), diagnostics), diagnostics, new PdfOptions { Cover = false, Toc = false });
        var lines = PdfLines.Read(path);
        using var pdf = PdfDocument.Open(path);
        foreach (var (reference, note) in new[] { ("甲处引用", "甲注的内容在页脚。"), ("乙处引用", "乙注的内容也在页脚。") })
        {
            var refLine = lines.Single(l => l.Text.Contains(reference, StringComparison.Ordinal));
            var noteLine = lines.Single(l => l.Text.Contains(note, StringComparison.Ordinal));
            Assert.Equal(refLine.Page, noteLine.Page);
            var page = lines.Where(l => l.Page == refLine.Page).OrderByDescending(l => l.Baseline).ToList();
            // Below every body line: only the footer ("第 N 页") is lower.
            Assert.Equal(page[^2], noteLine);
            Assert.True(noteLine.MaxSize < refLine.MaxSize, "note text is smaller than body text");

            var annotations = pdf.GetPage(refLine.Page).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
            var toNote = annotations.Where(a => Near(a, refLine.Baseline)).ToList();
            var toReference = annotations.Where(a => Near(a, noteLine.Baseline)).ToList();
            Assert.NotEmpty(toNote);
            Assert.NotEmpty(toReference);
            Assert.All(toNote.Concat(toReference), a => Assert.Equal(refLine.Page, Assert.IsAssignableFrom<GoToAction>(a.Action).Destination.PageNumber));
        }
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "broken-link");
    }

    private static bool Near(Annotation a, double baseline) => a.Rectangle.Bottom - 4 <= baseline && baseline <= a.Rectangle.Top + 1;
}
