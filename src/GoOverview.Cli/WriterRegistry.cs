using GoOverview.Model;
using GoOverview.Epub;
using GoOverview.Pdf;
using GoOverview.Slides;
using GoOverview.Word;

namespace GoOverview.Cli;

/// <summary>Maps the command line's writer settings onto the library's <see cref="ExportOptions"/>.</summary>
public static class WriterRegistry
{
    public static ExportOptions Options(BuildSettings settings)
    {
        var s = settings.Writers;
        return new ExportOptions
        {
            AllowOutside = settings.AllowOutside,
            MaxImagePixels = settings.MaxImagePixels,
            Highlight = settings.Highlight,
            Pdf = new PdfOptions
            {
                Paper = PaperSize.Of(s.Paper),
                BodyFont = s.Font is GoOverview.Fonts.Choice.FontChoice.Bundled bundled ? bundled.Face : null,
                LinkUrls = s.LinkUrls ?? GoOverview.Export.LinkUrls.Footnote,
                Toc = s.Toc ?? true,
                TocDepth = Math.Max(2, s.TocDepth ?? 3),
                ThemePath = s.ThemePath,
                Margins = s.MarginsMm is { } m ? new PdfMargins(MmToPt(m[0]), MmToPt(m[1]), MmToPt(m[2]), MmToPt(m[3])) : null,
            },
            Docx = new DocxOptions
            {
                ReferenceDocPath = s.ReferenceDocPath,
                TableOfContents = s.Toc ?? true,
                TocDepth = s.TocDepth ?? 3,
                Paper = s.Paper,
                MarginsMm = s.MarginsMm,
                FirstLineIndent = s.FirstLineIndent ?? true,
            },
            Epub = new EpubOptions
            {
                SplitLevel = s.SplitLevel ?? 2,
                TocDepth = s.TocDepth ?? 6,
                StylesheetPath = s.CssPath,
                ObfuscateFonts = s.ObfuscateFonts,
            },
            Pptx = new PptxOptions
            {
                ReferencePptxPath = s.ReferencePptxPath,
                SlideLevel = s.SlideLevel,
            },
        };
    }

    private static float MmToPt(float mm) => mm * 72f / 25.4f;
}
