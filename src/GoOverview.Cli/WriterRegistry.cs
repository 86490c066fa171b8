using System.Runtime.CompilerServices;
using GoOverview.Epub;
using GoOverview.Export;
using GoOverview.Pdf;
using GoOverview.Slides;
using GoOverview.Word;

namespace GoOverview.Cli;

/// <summary>
/// Maps a format name to its writer, configured from the command line. One method per writer, never inlined,
/// so a run loads only the assemblies of the formats it writes (start-up matters for single-format builds).
/// </summary>
public static class WriterRegistry
{
    public static IDocumentWriter Create(string format, WriterSettings settings) => format switch
    {
        "pdf" => CreatePdf(settings),
        "docx" => CreateDocx(settings),
        "epub" => CreateEpub(settings),
        "pptx" => CreatePptx(settings),
        "slides-pdf" => CreateSlidesPdf(),
        _ => throw new UsageException($"unknown format '{format}'"),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreatePdf(WriterSettings s) => new PdfWriter(new PdfOptions
    {
        Paper = string.Equals(s.Paper, "Letter", StringComparison.OrdinalIgnoreCase) ? PaperSize.Letter : PaperSize.A4,
        Toc = s.Toc ?? true,
        TocDepth = Math.Max(2, s.TocDepth ?? 3),
        ThemePath = s.ThemePath,
        Margins = s.MarginsMm is { } m ? new PdfMargins(MmToPt(m[0]), MmToPt(m[1]), MmToPt(m[2]), MmToPt(m[3])) : null,
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreateDocx(WriterSettings s) => new DocxWriter(new DocxOptions
    {
        ReferenceDocPath = s.ReferenceDocPath,
        TableOfContents = s.Toc ?? true,
        TocDepth = s.TocDepth ?? 3,
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreateEpub(WriterSettings s) => new EpubWriter(new EpubOptions
    {
        SplitLevel = s.SplitLevel ?? 2,
        TocDepth = s.TocDepth ?? 3,
        StylesheetPath = s.CssPath,
        ObfuscateFonts = s.ObfuscateFonts,
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreatePptx(WriterSettings s) => new PptxWriter(new PptxOptions
    {
        ReferencePptxPath = s.ReferencePptxPath,
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDocumentWriter CreateSlidesPdf() => new SlidesPdfWriter();

    private static float MmToPt(float mm) => mm * 72f / 25.4f;
}
