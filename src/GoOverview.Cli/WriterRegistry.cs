using GoOverview.Epub;
using GoOverview.Export;
using GoOverview.Pdf;
using GoOverview.Slides;
using GoOverview.Word;

namespace GoOverview.Cli;

/// <summary>Maps a format name to its writer, configured from the command line.</summary>
public static class WriterRegistry
{
    public static IDocumentWriter Create(string format, WriterSettings settings) => format switch
    {
        "pdf" => new PdfWriter(),
        "docx" => new DocxWriter(),
        "epub" => new EpubWriter(),
        "pptx" => new PptxWriter(),
        _ => throw new UsageException($"unknown format '{format}'"),
    };
}
