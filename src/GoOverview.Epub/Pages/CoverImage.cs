using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Rendering.Fonts;
using SkiaSharp;

namespace GoOverview.Epub.Pages;

/// <summary>
/// Draws the cover (1200×1800 PNG) in the PDF cover's design (<see cref="CoverDesign"/>): the accent band with the
/// title in bold white on its lower edge under a short white rule, the subtitle, then authors and date on white.
/// Pure drawing, no clock or randomness, so the bytes are the same every build.
/// </summary>
internal static class CoverImage
{
    public const int Width = 1200;
    public const int Height = 1800;
    private const float Margin = 120;
    private const float BandPadding = 96;

    public static byte[] Render(FontLibrary fonts, string title, string subtitle, string authors, string date)
    {
        using var regular = SkiaTypefaces.Whole(fonts.Regular);
        using var bold = SkiaTypefaces.Whole(fonts.Bold);
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        var maxWidth = Width - 2 * Margin;
        var (titleLines, titleSize) = FitTitle(bold, title, maxWidth);
        var titleStep = titleSize * CoverDesign.TitleLineHeight;
        var subtitleSize = MathF.Round(titleSize * CoverDesign.SubtitleScale);
        using var subtitleFont = new SKFont(regular, subtitleSize) { Edging = SKFontEdging.Antialias };
        var subtitleLines = subtitle.Trim().Length > 0
            ? TextWrap.Lines(subtitle.Trim(), maxWidth, s => CoverText.Width(subtitleFont, s)).Take(3).ToList()
            : [];
        var subtitleStep = subtitleSize * 1.4f;
        var block = titleLines.Count * titleStep + (subtitleLines.Count > 0 ? 24 + subtitleLines.Count * subtitleStep : 0);
        // The title block sits on the band's lower edge; a long title makes the band deeper, never cut.
        var bandBottom = Math.Max(Height * CoverDesign.BandFraction, 2 * BandPadding + block + 120);
        using (var paint = new SKPaint { Color = Color(CoverDesign.Accent), IsAntialias = true })
            canvas.DrawRect(0, 0, Width, bandBottom, paint);

        var top = bandBottom - BandPadding - block;
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawRect(Margin, top - 52, 112, 7, white);
        using var titleFont = new SKFont(bold, titleSize) { Edging = SKFontEdging.Antialias, Subpixel = false };
        var baseline = top + titleSize * 0.95f;
        foreach (var line in titleLines)
        {
            CoverText.Draw(canvas, line, Margin, baseline, titleFont, white);
            baseline += titleStep;
        }
        using var subtitlePaint = new SKPaint { Color = Color(CoverDesign.Subtitle), IsAntialias = true };
        baseline += 24 - titleStep + subtitleStep;
        foreach (var line in subtitleLines)
        {
            CoverText.Draw(canvas, line, Margin, baseline, subtitleFont, subtitlePaint);
            baseline += subtitleStep;
        }

        var y = bandBottom + 110;
        if (authors.Trim().Length > 0)
        {
            using var authorFont = new SKFont(bold, 56) { Edging = SKFontEdging.Antialias };
            using var ink = new SKPaint { Color = Color(CoverDesign.Heading), IsAntialias = true };
            foreach (var line in TextWrap.Lines(authors.Trim(), maxWidth, s => authorFont.MeasureText(s)).Take(2))
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, authorFont, ink);
                y += 56 * 1.4f;
            }
            y += 12;
        }
        if (date.Trim().Length > 0)
        {
            using var dateFont = new SKFont(regular, 42) { Edging = SKFontEdging.Antialias };
            using var muted = new SKPaint { Color = Color(CoverDesign.Muted), IsAntialias = true };
            canvas.DrawText(date.Trim(), Margin, y, SKTextAlign.Left, dateFont, muted);
        }
        using (var rule = new SKPaint { Color = Color(CoverDesign.Rule), IsAntialias = true })
            canvas.DrawRect(Margin, Height - Margin, maxWidth, 2, rule);

        // Flat colours compress well at a low zlib level; the default level costs several times the time.
        using var pixmap = surface.PeekPixels();
        using var png = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("the cover image could not be encoded as PNG");
        return png.ToArray();
    }

    private static SKColor Color(RgbColor c) => new(c.R, c.G, c.B);

    /// <summary>The largest title size (from 112 px down) at which the title fits in four lines.</summary>
    private static (IReadOnlyList<string> Lines, float Size) FitTitle(SKTypeface typeface, string title, float maxWidth)
    {
        for (float size = 112; size > 48; size -= 8)
        {
            using var font = new SKFont(typeface, size);
            var lines = TextWrap.Lines(title, maxWidth, s => CoverText.Width(font, s));
            if (lines.Count <= 4) return (lines, size);
        }
        using var smallest = new SKFont(typeface, 48);
        return (TextWrap.Lines(title, maxWidth, s => CoverText.Width(smallest, s)).Take(6).ToList(), 48);
    }
}
