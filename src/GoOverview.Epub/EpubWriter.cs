using GoOverview.Export;
using GoOverview.Model;

namespace GoOverview.Epub;

/// <summary>The EPUB writer (not built yet: the CLI reports that and exits non-zero).</summary>
public sealed class EpubWriter : IDocumentWriter
{
    public string Format => "epub";

    public string Extension => ".epub";

    public void Write(Document document, Stream output, ExportContext context) =>
        throw new NotSupportedException("the EPUB writer is not built yet");
}
