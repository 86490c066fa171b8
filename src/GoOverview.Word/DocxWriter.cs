using GoOverview.Export;
using GoOverview.Model;

namespace GoOverview.Word;

/// <summary>The Word (.docx) writer (not built yet: the CLI reports that and exits non-zero).</summary>
public sealed class DocxWriter : IDocumentWriter
{
    public string Format => "docx";

    public string Extension => ".docx";

    public void Write(Document document, Stream output, ExportContext context) =>
        throw new NotSupportedException("the Word (.docx) writer is not built yet");
}
