using GoOverview.Fonts;
using GoOverview.Export;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Model.Localisation;
using GoOverview.Pdf.Drawing;
using GoOverview.Pdf.Flow;
using GoOverview.Pdf.Output;
using GoOverview.Rendering.Pdf;
using GoOverview.Pdf.Paging;
using GoOverview.Pdf.Theme;
using SkiaSharp;

namespace GoOverview.Pdf;

/// <summary>
/// The PDF handout: cover, table of contents, running header, "第 N 页 / 共 M 页" footers, set by our own CJK text
/// engine and drawn with Skia's PDF backend (subset TrueType fonts, exact text layer), then bookmarks and the
/// document language appended as an incremental update.
/// </summary>
public sealed class PdfWriter(PdfOptions options) : IDocumentWriter
{
    public PdfWriter() : this(new PdfOptions()) { }

    public PdfOptions Options { get; } = options;
    public string Format => "pdf";
    public string Extension => ".pdf";

    public void Write(Document document, Stream output, ExportContext context)
    {
        var clock = new PhaseClock("pdf");
        document = LinkUrlNotes.Apply(document, Options.LinkUrls);
        var theme = ThemeLoader.Load(Options.ThemePath, context.Diagnostics, Options.Paper);
        clock.Mark("theme");
        var page = PageGeometry.For(Options.Paper, Options.Margins ?? theme.Margins).WholeEmsWide(theme.BodySize);
        var title = DocumentTitle(document);
        var characters = HandoutCharacters.Collect(document, title, CodeBlockBuilder.StyleCharactersOf(theme, context.Code));
        using var ownFonts = HandoutFonts.OwnSet(Options, theme, context.Fonts);
        var library = ownFonts ?? context.Fonts;
        using var shaping = ShapingFonts.Subset(library, font => characters.For(font, library));
        clock.Mark("characters");
        // Cut the two CJK faces at once (about 10 ms each; the mono face stays lazy: only code needs it).
        var boldSubset = Task.Run(() => shaping.DataOf(library.Bold));
        shaping.DataOf(library.Regular);
        boldSubset.GetAwaiter().GetResult(); // runs it here if no thread picked it up (no pool starvation)
        clock.Mark("subset");
        var engine = new TextEngine(shaping);
        var links = new LinkTargets(context.Diagnostics, document.SourcePath);
        var images = new ImageLoader(context.Images);

        var builder = new FlowBuilder(engine, theme, links, images, context.Diagnostics)
        {
            PageHeight = page.ContentHeight,
            CoverTitle = Options.Cover ? title : null,
            Code = new CodeBlockBuilder(engine, theme, context.Code, library),
        };
        var flow = builder.Build(document, page.ContentWidth);
        clock.Mark("layout");
        var tocDepth = Math.Clamp(Options.TocDepth, 2, 6);
        var hasToc = Options.Toc && builder.Headings.Exists(h => h.Level >= 2 && h.Level <= tocDepth);
        var content = FlowBreaks.Paginate(flow, page.ContentHeight, new FootnoteArea(new FootnoteRuleSlice(page.ContentWidth / 4, theme.Rule) { Height = 14 }), hasToc, out var tocAt);
        if (content.Count == 0) content.Add(new List<Placement>()); // nothing to show still makes a (blank) page, never an empty file
        var pageNumbers = new PageNumbers();
        var toc = hasToc
            ? Paginator.Paginate(TocBuilder.Build(FurnitureWords.For(document.Metadata.Lang).Contents, builder.Headings, tocDepth, engine, theme, pageNumbers, page.ContentWidth), page.ContentHeight)
            : new List<List<Placement>>();
        // The TOC goes where the source put [toc], else before the content.
        var tocBefore = tocAt < 0 ? 0 : Math.Min(tocAt, content.Count);
        var sequence = new List<PageSlot>();
        for (var p = 0; p < content.Count; p++)
        {
            if (p == tocBefore) sequence.AddRange(toc.Select(t => new PageSlot(t, IsContent: false)));
            sequence.Add(new PageSlot(content[p], IsContent: true));
        }
        if (tocBefore == content.Count) sequence.AddRange(toc.Select(t => new PageSlot(t, IsContent: false)));
        var first = Options.Cover ? 1 : 0;
        for (var p = 0; p < sequence.Count; p++)
            foreach (var placed in sequence[p].Placements)
                if (sequence[p].IsContent && placed.Slice.Heading is { } h) pageNumbers.ByDestination[h.Destination] = first + p + 1;

        clock.Mark("paginate+toc");
        var pdf = Render(document, context, theme, page, title, engine, links, shaping, sequence, clock, out var bookmarks);
        engine.ReportMissing(context.Diagnostics, new SourceLocation(document.SourcePath, 1, 1));
        clock.Mark("render");
        var language = document.Metadata.Lang.Length > 0 ? document.Metadata.Lang : Metadata.DefaultLang;
        OutlineUpdate.Write(pdf, Options.Bookmarks ? bookmarks : [], language, page.Height, output);
        clock.Mark("outline-update");
    }

    private byte[] Render(Document document, ExportContext context, PdfTheme theme, PageGeometry page, string title,
        TextEngine engine, LinkTargets links, ShapingFonts shaping, List<PageSlot> sequence,
        PhaseClock clock, out List<Bookmark> bookmarks)
    {
        bookmarks = new List<Bookmark>();
        var meta = document.Metadata;
        var metadata = PdfInfo.For(meta, title, meta.Description.Length > 0 ? meta.Description : meta.Subtitle, context.Timestamp);
        var drawn = new List<Bookmark>();
        var bytes = PdfPages.Render(metadata, pdf =>
        {
            using var fonts = new SkiaFontCache(shaping);
            clock.Mark("skia-open");
            var words = FurnitureWords.For(meta.Lang);
            var furniture = new PageFurniture(engine, theme, page, title, words);
            var total = (Options.Cover ? 1 : 0) + sequence.Count;
            var number = 0;
            if (Options.Cover)
            {
                var canvas = pdf.BeginPage(page.Width, page.Height);
                CoverPage.Draw(new DrawContext(canvas, fonts, links, theme), engine, theme, page, meta, title, context.Timestamp, total);
                pdf.EndPage();
                number++;
            }
            // The header names the first H2 that starts on the page; a page without one names the last H2 before it.
            string? carriedSection = null;
            foreach (var (placements, isContent) in sequence)
            {
                var canvas = pdf.BeginPage(page.Width, page.Height);
                var ctx = new DrawContext(canvas, fonts, links, theme);
                string? section = null;
                if (isContent)
                {
                    section = carriedSection;
                    string? firstH2 = null;
                    foreach (var placed in placements)
                    {
                        if (placed.Slice.Heading is not { Level: 2 } h2) continue;
                        firstH2 ??= h2.Title;
                        carriedSection = h2.Title;
                    }
                    section = firstH2 ?? section;
                }
                DrawPlacements(ctx, page, placements, number, drawn);
                furniture.Draw(ctx, number + 1, total, isContent ? section : words.Contents);
                pdf.EndPage();
                number++;
            }
            clock.Mark("draw-pages");
        });
        clock.Mark("skia-close");
        bookmarks = drawn;
        return bytes;
    }

    private static void DrawPlacements(DrawContext ctx, PageGeometry page, List<Placement> placements, int pageIndex, List<Bookmark> bookmarks)
    {
        for (var i = 0; i < placements.Count; i++)
        {
            var (slice, y) = placements[i];
            var x = page.Margins.Left + slice.Indent;
            var top = page.Margins.Top + y;
            if (slice.Boxes is not null) DrawBoxes(ctx, page, placements, i);
            if (slice.QuoteBars.Length > 0)
            {
                var continues = i > 0 && placements[i - 1].Slice.QuoteBars.Length > 0;
                var from = continues ? top - slice.SpaceBefore : top;
                foreach (var bar in slice.QuoteBars)
                    ctx.StrokeLine(page.Margins.Left + bar, from, page.Margins.Left + bar, top + slice.Height, 2.2f, ctx.Theme.QuoteBar);
            }
            slice.Draw(ctx, x, top);
            if (slice.Anchors is not null)
                foreach (var name in slice.Anchors) ctx.Canvas.DrawNamedDestinationAnnotation(new SKPoint(x, top), name);
            if (slice.Heading is { } h) bookmarks.Add(new Bookmark(h.Level, h.Title, pageIndex, Math.Max(0, top - 6)));
        }
    }

    /// <summary>The callout boxes behind placement i, joined to the same boxes on the slices before and after it.</summary>
    private static void DrawBoxes(DrawContext ctx, PageGeometry page, List<Placement> placements, int i)
    {
        var (slice, y) = placements[i];
        var top = page.Margins.Top + y;
        foreach (var box in slice.Boxes!)
        {
            var above = i > 0 && placements[i - 1].Slice.Boxes is { } before && Array.IndexOf(before, box) >= 0;
            var below = i + 1 < placements.Count && placements[i + 1].Slice.Boxes is { } after && Array.IndexOf(after, box) >= 0;
            box.Draw(ctx, page.Margins.Left, above ? top - slice.SpaceBefore : top, top + slice.Height, above, below, slice is PaddingSlice);
        }
    }

    private static string DocumentTitle(Document document)
    {
        if (document.Metadata.Title.Length > 0) return document.Metadata.Title;
        var h1 = DocumentWalker.AllBlocks(document).OfType<Heading>().FirstOrDefault(h => h.Level == 1);
        return h1 is not null ? PlainText.Of(h1.Content).Trim() : document.Name;
    }
}

/// <summary>One page of the handout after the cover: content or table of contents (a class, not a tuple: no JIT at start-up).</summary>
internal sealed record PageSlot(List<Placement> Placements, bool IsContent);
