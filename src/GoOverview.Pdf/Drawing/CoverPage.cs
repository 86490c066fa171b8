using System.Globalization;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Model.Localisation;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Drawing;

/// <summary>
/// The cover of a handout: an accent band across the top two-fifths of the page holding the title (and subtitle)
/// set left on the margin; under the band the author(s), the organisation and the date — the metadata's, else the build date
/// (2026年11月26日) — and at the foot the page count, so a trainer sees at once what to print.
/// </summary>
internal static class CoverPage
{
    public static void Draw(DrawContext ctx, TextEngine engine, PdfTheme theme, PageGeometry page, Metadata meta, string title,
        DateTimeOffset timestamp, int pageCount)
    {
        var x = page.Margins.Left;
        var width = page.ContentWidth;
        var white = new RgbColor(0xFF, 0xFF, 0xFF);
        var left = new ParagraphOptions(TextAlignment.Left, 1.3f, AvoidLoneLastCharacter: true);

        var titleLayout = engine.Layout([new StyledRun(title, FaceKind.Bold, theme.CoverTitleSize, white)], width, left);
        var subtitleLayout = meta.Subtitle.Length > 0
            ? engine.Layout([new StyledRun(meta.Subtitle, FaceKind.Regular, theme.CoverTitleSize * 0.55f, new RgbColor(0xDC, 0xE6, 0xF2))], width, left)
            : ParagraphLayout.Empty;
        var block = titleLayout.Height + (subtitleLayout.Height > 0 ? 8 + subtitleLayout.Height : 0);
        // The title block sits on the band's lower edge; a long title makes the band deeper, never cut.
        var bandBottom = Math.Max(page.Height * 0.42f, page.Margins.Top + 40 + block + 40);
        ctx.FillRect(0, 0, page.Width, bandBottom, theme.Accent);
        var y = bandBottom - 40 - block;
        ctx.FillRect(x, y - 22, 48, 3, white);
        y = DrawBlock(ctx, titleLayout, x, y);
        if (subtitleLayout.Height > 0) DrawBlock(ctx, subtitleLayout, x, y + 8);

        y = bandBottom + 36;
        if (meta.Authors.Length > 0)
            y = DrawBlock(ctx, engine.Layout([new StyledRun(meta.AuthorLine, FaceKind.Bold, theme.BodySize + 2.5f, theme.Heading)], width, left), x, y) + 4;
        if (Organisation(meta) is { Length: > 0 } organisation)
            y = DrawBlock(ctx, engine.Layout([new StyledRun(organisation, FaceKind.Regular, theme.BodySize + 1, theme.Text)], width, left), x, y) + 2;
        var date = DateText(meta, timestamp);
        y = DrawBlock(ctx, engine.Layout([new StyledRun(date, FaceKind.Regular, theme.BodySize + 1, theme.Muted)], width, left), x, y);
        if (meta.Description.Length > 0)
            DrawBlock(ctx, engine.Layout([new StyledRun(meta.Description, FaceKind.Regular, theme.BodySize, theme.Text)], width * 0.8f,
                new ParagraphOptions(TextAlignment.Left, 1.6f)), x, y + 28);

        var footTop = page.Height - page.Margins.Bottom;
        ctx.StrokeLine(x, footTop, x + width, footTop, 0.5f, theme.Rule);
        var words = FurnitureWords.For(meta.Lang);
        var footer = words.Handout + " · " + words.Pages(pageCount);
        DrawBlock(ctx, engine.Layout([new StyledRun(footer, FaceKind.Regular, theme.HeaderFooterSize, theme.Muted)], width, left), x, footTop + 8);
    }

    /// <summary>The organisation line from the metadata (organization, organisation, institute or publisher), or "".</summary>
    public static string Organisation(Metadata meta)
    {
        foreach (var key in (string[])["organization", "organisation", "institute", "publisher"])
            foreach (var (name, value) in meta.Extra)
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && value.Trim().Length > 0) return value.Trim();
        return "";
    }

    /// <summary>The metadata's date (an ISO date reads as 2026年1月1日 in Chinese), else the build date.</summary>
    public static string DateText(Metadata meta, DateTimeOffset timestamp) => FurnitureWords.For(meta.Lang).DisplayDate(meta.Date, timestamp);

    private static float DrawBlock(DrawContext ctx, ParagraphLayout layout, float x, float y)
    {
        foreach (var line in layout.Lines) LineDrawer.Draw(ctx, line, x, y + line.Top);
        return y + layout.Height;
    }
}
