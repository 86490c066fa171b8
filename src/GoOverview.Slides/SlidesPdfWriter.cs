using GoOverview.Export;
using GoOverview.Rendering.Pdf;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning;
using GoOverview.Slides.SlidesPdf;
using SkiaSharp;

namespace GoOverview.Slides;

/// <summary>
/// The slide deck as PDF (--to slides-pdf), so a talk runs from any PDF viewer: the same slide plan as the .pptx,
/// one 16:9 page per slide, text set by the shared engine with subset fonts (copyable text), key terms red and bold,
/// links as annotations (web addresses, and jumps to the slide of a "#heading").
/// </summary>
public sealed class SlidesPdfWriter(PptxOptions options) : IDocumentWriter
{
    public SlidesPdfWriter() : this(PptxOptions.Default)
    {
    }

    public string Format => "slides-pdf";

    public string Extension => ".slides.pdf";

    public void Write(Document document, Stream output, ExportContext context)
    {
        var clock = new PhaseClock("slides-pdf");
        var theme = SlideTheme.Default;
        using var planning = SubsetPlanning.Run(document, theme, context, clock, new SlideCutting(options.SlideLevel));
        clock.Mark("plan");
        var plan = planning.Plan;
        var shaping = planning.Shaping;
        var engine = new TextEngine(shaping);
        // Skia writes destination names as PDF names, which garble non-ASCII heading ids: name them by slide number.
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        var anchored = new HashSet<int>();
        for (var i = 0; i < plan.Slides.Length; i++)
        {
            if (AnchorOf(plan.Slides[i]) is { Length: > 0 } id && anchors.TryAdd(id, $"slide{i + 1}")) anchored.Add(i);
            if (plan.Slides[i] is ContentSlide { SubheadingAnchors: var more })
                foreach (var sub in more)
                    if (anchors.TryAdd(sub, $"slide{i + 1}")) anchored.Add(i);
        }

        var bytes = PdfPages.Render(Metadata(document, plan, context), pdf =>
        {
            using var fonts = new SkiaFontCache(shaping);
            for (var i = 0; i < plan.Slides.Length; i++)
            {
                var canvas = pdf.BeginPage((float)theme.SlideWidth, (float)theme.SlideHeight);
                var runs = new GlyphRunPainter(canvas, fonts, id => Target(id, anchors, context, plan.Slides[i]));
                new SlidePainter(theme, engine, runs).Draw(canvas, plan.Slides[i], i + 1);
                if (anchored.Contains(i)) canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), $"slide{i + 1}");
                pdf.EndPage();
            }
        });
        output.Write(bytes);
        clock.Mark("draw");
        engine.ReportMissing(context.Diagnostics, new SourceLocation(document.SourcePath, 1, 1));
    }

    private static string AnchorOf(PlannedSlide slide) => slide switch
    {
        SectionSlide s => s.AnchorId,
        ContentSlide c => c.AnchorId,
        PictureSlide p => p.AnchorId,
        TableSlide t => t.AnchorId,
        _ => "",
    };

    /// <summary>The named destination of an internal link, or null (with a warning, once per target) when no slide shows it.</summary>
    private static string? Target(string id, Dictionary<string, string> anchors, ExportContext context, PlannedSlide from)
    {
        if (anchors.TryGetValue(id, out var destination)) return destination;
        context.Diagnostics.ReportOnce(InternalLinks.KeyFor(id), new Diagnostic(Severity.Warning, "link-target-missing",
            $"link '#{id}' points at no heading shown on the slides; it is kept as plain text", from.Location));
        return null;
    }

    private static SKDocumentPdfMetadata Metadata(Document document, SlidePlan plan, ExportContext context)
    {
        var meta = document.Metadata;
        return PdfInfo.For(meta, plan.Slides.OfType<TitleSlide>().FirstOrDefault(t => !t.IsClosing)?.Title ?? meta.Title, meta.Subtitle, context.Timestamp);
    }
}
