using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>A document with nothing to show still gives a valid PDF (one blank page), never an empty file or an exception.</summary>
public sealed class EmptyDocumentTests
{
    [ToolTheory("qpdf")]
    [InlineData(true)]
    [InlineData(false)]
    public void An_empty_document_is_a_valid_pdf(bool cover)
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read("", diagnostics), diagnostics, new PdfOptions { Cover = cover, Toc = false });
        var check = ExternalTool.Run("qpdf", ["--check", path]);
        Assert.True(check.ExitCode == 0, check.ToString());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        Assert.True(pdf.NumberOfPages >= 1);
    }
}
