using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Drawing;

/// <summary>The cover: title, subtitle, authors and date from the metadata, set in the upper third with an accent rule.</summary>
internal static class CoverPage
{
    public static void Draw(DrawContext ctx, TextEngine engine, PdfTheme theme, PageGeometry page, Metadata meta, string title)
    {
        var x = page.Margins.Left;
        var width = page.ContentWidth;
        var y = page.Height * 0.3f;
        var center = new ParagraphOptions(TextAlignment.Center, 1.35f, AvoidLoneLastCharacter: true);
        ctx.FillRect(x + width / 2 - 30, y - 28, 60, 3, theme.Accent);
        y = DrawBlock(ctx, engine, [new StyledRun(title, FaceKind.Bold, theme.CoverTitleSize, theme.Heading)], x, y, width, center);
        if (meta.Subtitle.Length > 0)
            y = DrawBlock(ctx, engine, [new StyledRun(meta.Subtitle, FaceKind.Regular, theme.CoverTitleSize * 0.55f, theme.Muted)], x, y + 10, width, center);
        var bottom = page.Height * 0.72f;
        if (meta.Authors.Length > 0)
            bottom = DrawBlock(ctx, engine, [new StyledRun(meta.AuthorLine, FaceKind.Regular, theme.BodySize + 2, theme.Text)], x, bottom, width, center);
        if (meta.Date.Length > 0)
            DrawBlock(ctx, engine, [new StyledRun(meta.Date, FaceKind.Regular, theme.BodySize + 1, theme.Muted)], x, bottom + 4, width, center);
    }

    private static float DrawBlock(DrawContext ctx, TextEngine engine, StyledRun[] runs, float x, float y, float width, ParagraphOptions options)
    {
        var layout = engine.Layout(runs, width, options);
        foreach (var line in layout.Lines) LineDrawer.Draw(ctx, line, x, y + line.Top);
        return y + layout.Height;
    }
}
