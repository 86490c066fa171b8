using GoOverview.Export;
using GoOverview.Model;

namespace GoOverview.Pdf;

/// <summary>The PDF writer (not built yet: the CLI reports that and exits non-zero).</summary>
public sealed class PdfWriter : IDocumentWriter
{
    public string Format => "pdf";

    public string Extension => ".pdf";

    public void Write(Document document, Stream output, ExportContext context) =>
        throw new NotSupportedException("the PDF writer is not built yet");
}
