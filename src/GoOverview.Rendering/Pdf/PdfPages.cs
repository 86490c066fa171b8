using SkiaSharp;

namespace GoOverview.Rendering.Pdf;

/// <summary>
/// A PDF drawn by Skia into native memory, never into an output stream: an I/O error (a full disk) thrown inside a
/// native callback aborts the process, while the finished bytes reach the output later, in managed code.
/// </summary>
public static class PdfPages
{
    public static byte[] Render(SKDocumentPdfMetadata metadata, Action<SKDocument> drawPages)
    {
        using var buffer = new SKDynamicMemoryWStream();
        using (var pdf = SKDocument.CreatePdf(buffer, metadata))
        {
            drawPages(pdf);
            pdf.Close();
        }
        using var data = buffer.DetachAsData();
        return data.ToArray();
    }
}
