using GoOverview.Model;

namespace GoOverview.Export;

/// <summary>
/// One output format. A writer reads the shared model and writes one file to the output stream;
/// format knowledge (styles, layouts, page geometry) lives in the writer and its own options.
/// Writers report problems to <see cref="ExportContext.Diagnostics"/>; they throw
/// <see cref="GoOverview.Model.Diagnostics.ContentException"/> when the output would be wrong.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>Format name on the command line, e.g. "pdf".</summary>
    string Format { get; }

    /// <summary>File extension with the dot, e.g. ".pdf".</summary>
    string Extension { get; }

    void Write(Document document, Stream output, ExportContext context);
}
