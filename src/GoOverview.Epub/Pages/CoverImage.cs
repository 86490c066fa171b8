using GoOverview.Fonts;
using SkiaSharp;

namespace GoOverview.Epub.Pages;

/// <summary>
/// Draws the cover (1200×1800 PNG) from the metadata: a deep blue field with the title in bold white, a red
/// accent rule, the subtitle, and the authors and date on a light band below. Pure drawing, no clock or
/// randomness, so the bytes are the same every build.
/// </summary>
internal static class CoverImage
{
    public const int Width = 1200;
    public const int Height = 1800;
    private const float Margin = 120;

    private static readonly SKColor Field = new(0x1B, 0x2F, 0x4B);
    private static readonly SKColor Band = new(0xF4, 0xF1, 0xEA);
    private static readonly SKColor Accent = new(0xD3, 0x2F, 0x2F);
    private static readonly SKColor Ink = new(0x2B, 0x2B, 0x2B);
    private static readonly SKColor Muted = new(0xC9, 0xD3, 0xE0);

    public static byte[] Render(FontLibrary fonts, string title, string subtitle, string authors, string date)
    {
        using var regular = SKTypeface.FromFile(fonts.Regular.Path);
        using var bold = SKTypeface.FromFile(fonts.Bold.Path);
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Band);

        // Without authors or date the light band would stay empty, so the blue field takes most of the page.
        var fieldBottom = authors.Trim().Length == 0 && date.Trim().Length == 0 ? Height * 0.88f : Height * 0.68f;
        using (var paint = new SKPaint { Color = Field, IsAntialias = true })
            canvas.DrawRect(0, 0, Width, fieldBottom, paint);
        using (var paint = new SKPaint { Color = Accent, IsAntialias = true })
        {
            canvas.DrawRect(Margin, 230, 140, 14, paint);
            canvas.DrawRect(0, fieldBottom, Width, 10, paint);
        }

        var maxWidth = Width - 2 * Margin;
        var (titleLines, titleSize) = FitTitle(bold, title, maxWidth);
        using var titleFont = new SKFont(bold, titleSize) { Edging = SKFontEdging.Antialias, Subpixel = false };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var y = 330 + titleSize;
        foreach (var line in titleLines)
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, titleFont, white);
            y += titleSize * 1.3f;
        }

        if (subtitle.Trim().Length > 0)
        {
            using var subtitleFont = new SKFont(regular, 52) { Edging = SKFontEdging.Antialias };
            using var muted = new SKPaint { Color = Muted, IsAntialias = true };
            y += 30;
            foreach (var line in TextWrap.Lines(subtitle.Trim(), maxWidth, s => subtitleFont.MeasureText(s)).Take(3))
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, subtitleFont, muted);
                y += 52 * 1.4f;
            }
        }

        using var inkPaint = new SKPaint { Color = Ink, IsAntialias = true };
        var bandY = fieldBottom + 150;
        if (authors.Trim().Length > 0)
        {
            using var authorFont = new SKFont(regular, 56) { Edging = SKFontEdging.Antialias };
            foreach (var line in TextWrap.Lines(authors.Trim(), maxWidth, s => authorFont.MeasureText(s)).Take(2))
            {
                canvas.DrawText(line, Margin, bandY, SKTextAlign.Left, authorFont, inkPaint);
                bandY += 56 * 1.4f;
            }
        }
        if (date.Trim().Length > 0)
        {
            using var dateFont = new SKFont(regular, 40) { Edging = SKFontEdging.Antialias };
            using var grey = new SKPaint { Color = new SKColor(0x6B, 0x6B, 0x6B), IsAntialias = true };
            canvas.DrawText(date.Trim(), Margin, Height - 120, SKTextAlign.Left, dateFont, grey);
        }

        // Flat colours compress well at a low zlib level; the default level costs several times the time.
        using var pixmap = surface.PeekPixels();
        using var png = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("the cover image could not be encoded as PNG");
        return png.ToArray();
    }

    /// <summary>The largest title size (from 120 px down) at which the title fits in five lines.</summary>
    private static (IReadOnlyList<string> Lines, float Size) FitTitle(SKTypeface typeface, string title, float maxWidth)
    {
        for (float size = 120; size > 48; size -= 8)
        {
            using var font = new SKFont(typeface, size);
            var lines = TextWrap.Lines(title, maxWidth, s => font.MeasureText(s));
            if (lines.Count <= 5) return (lines, size);
        }
        using var smallest = new SKFont(typeface, 48);
        return (TextWrap.Lines(title, maxWidth, s => smallest.MeasureText(s)).Take(6).ToList(), 48);
    }
}
