using GoOverview.Layout;
using GoOverview.Model.Localisation;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Drawing;

/// <summary>Running header (document title left, current H2 right, a hairline) and the footer "第 N 页 / 共 M 页" (in the document's language).</summary>
internal sealed class PageFurniture(TextEngine engine, PdfTheme theme, PageGeometry page, string title, FurnitureWords words)
{
    public void Draw(DrawContext ctx, int pageNumber, int pageCount, string? section)
    {
        var size = theme.HeaderFooterSize;
        var width = page.ContentWidth;
        var headerTop = page.Margins.Top - 2.6f * size - 6;
        var options = new ParagraphOptions(TextAlignment.Left, 1.3f, AvoidLoneLastCharacter: false);
        var half = width * 0.48f;
        var left = engine.Layout([new StyledRun(title, FaceKind.Regular, size, theme.Muted)], half, options with { Alignment = TextAlignment.Left });
        if (left.Lines.Count > 0) LineDrawer.Draw(ctx, left.Lines[0], page.Margins.Left, headerTop);
        if (!string.IsNullOrEmpty(section))
        {
            var right = engine.Layout([new StyledRun(section, FaceKind.Regular, size, theme.Muted)], half, options with { Alignment = TextAlignment.Right });
            if (right.Lines.Count > 0) LineDrawer.Draw(ctx, right.Lines[0], page.Margins.Left + width - half, headerTop);
        }
        var ruleY = headerTop + 1.3f * size + 3;
        ctx.StrokeLine(page.Margins.Left, ruleY, page.Margins.Left + width, ruleY, 0.5f, theme.Rule);

        var footer = words.PageOf(pageNumber, pageCount);
        var foot = engine.Layout([new StyledRun(footer, FaceKind.Regular, size, theme.Muted)], width, options with { Alignment = TextAlignment.Center });
        var footerTop = page.Height - page.Margins.Bottom + 1.6f * size;
        if (foot.Lines.Count > 0) LineDrawer.Draw(ctx, foot.Lines[0], page.Margins.Left, footerTop);
    }

}
