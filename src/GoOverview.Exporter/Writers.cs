using System.Runtime.CompilerServices;
using GoOverview.Epub;
using GoOverview.Export;
using GoOverview.Pdf;
using GoOverview.Slides;
using GoOverview.Word;

namespace GoOverview;

/// <summary>
/// The writer of each format. One method per writer, never inlined, so a run loads only the assemblies of the formats
/// it writes (start-up matters for single-format builds).
/// </summary>
public static class Writers
{
    /// <summary>Every format a writer exists for (json is the model itself, see <see cref="Model.ModelJson"/>).</summary>
    public static readonly IReadOnlyList<string> Formats = ["pdf", "docx", "epub", "pptx", "slides-pdf"];

    /// <exception cref="ArgumentException">Not one of <see cref="Formats"/>.</exception>
    public static IDocumentWriter Create(string format, ExportOptions options) => format switch
    {
        "pdf" => CreatePdf(options),
        "docx" => CreateDocx(options),
        "epub" => CreateEpub(options),
        "pptx" => CreatePptx(options),
        "slides-pdf" => CreateSlidesPdf(options),
        _ => throw new ArgumentException($"unknown format '{format}' (known: {string.Join(", ", Formats)})", nameof(format)),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreatePdf(ExportOptions o) => new PdfWriter(o.Pdf);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreateDocx(ExportOptions o) => new DocxWriter(o.Docx);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreateEpub(ExportOptions o) => new EpubWriter(o.Epub);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreatePptx(ExportOptions o) => new PptxWriter(o.Pptx);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreateSlidesPdf(ExportOptions o) => new SlidesPdfWriter(o.Pptx);
}
