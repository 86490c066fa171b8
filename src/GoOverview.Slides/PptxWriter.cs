using GoOverview.Export;
using GoOverview.Model;

namespace GoOverview.Slides;

/// <summary>The slide deck (.pptx) writer (not built yet: the CLI reports that and exits non-zero).</summary>
public sealed class PptxWriter : IDocumentWriter
{
    public string Format => "pptx";

    public string Extension => ".pptx";

    public void Write(Document document, Stream output, ExportContext context) =>
        throw new NotSupportedException("the slide deck (.pptx) writer is not built yet");
}
