using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>Renders a document to a PDF file in a temp folder.</summary>
public static class PdfRender
{
    private static readonly Lazy<FontLibrary> Fonts = new(() => FontLibrary.LoadBundled());

    public static string ToFile(Document document, DiagnosticBag diagnostics, PdfOptions? options = null, string name = "out.pdf")
    {
        var path = Path.Combine(TestFiles.NewTempDirectory("gooverview-pdf"), name);
        using var stream = File.Create(path);
        new PdfWriter(options ?? new PdfOptions()).Write(document, stream, ExportContext.For(document, diagnostics, Fonts.Value));
        return path;
    }
}

/// <summary>The seed rendered once for all seed tests.</summary>
public sealed class SeedPdf
{
    public SeedPdf()
    {
        Diagnostics = new DiagnosticBag();
        Document = TestFiles.ReadSeed(Diagnostics);
        Path = PdfRender.ToFile(Document, Diagnostics, name: "go-overview.pdf");
    }

    public Document Document { get; }
    public DiagnosticBag Diagnostics { get; }
    public string Path { get; }
}
