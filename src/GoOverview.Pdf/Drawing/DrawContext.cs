using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Theme;
using SkiaSharp;

namespace GoOverview.Pdf.Drawing;

/// <summary>What drawing one page needs: the canvas, the fonts as Skia typefaces, link targets.</summary>
internal sealed class DrawContext(SKCanvas canvas, FontCache fonts, LinkTargets links, PdfTheme theme)
{
    public SKCanvas Canvas { get; } = canvas;
    public FontCache Fonts { get; } = fonts;
    public LinkTargets Links { get; } = links;
    public PdfTheme Theme { get; } = theme;

    public static SKColor ToSk(RgbColor c) => new(c.R, c.G, c.B, c.A);

    public void FillRect(float x, float y, float w, float h, RgbColor color)
    {
        using var paint = new SKPaint { Color = ToSk(color), IsAntialias = true, Style = SKPaintStyle.Fill };
        Canvas.DrawRect(x, y, w, h, paint);
    }

    public void StrokeLine(float x0, float y0, float x1, float y1, float width, RgbColor color)
    {
        using var paint = new SKPaint { Color = ToSk(color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
        Canvas.DrawLine(x0, y0, x1, y1, paint);
    }
}

/// <summary>Skia typefaces made from exactly the font bytes the text was shaped with (the subsets), and SKFonts per size.</summary>
internal sealed class FontCache(ShapingFonts shaping) : IDisposable
{
    private readonly Dictionary<FontFile, SKTypeface> _typefaces = new();
    // Per face, the SKFonts made so far (a handful of sizes; a list avoids a tuple-keyed dictionary's start-up JIT).
    private readonly Dictionary<FontFile, List<SKFont>> _fonts = new();

    public SKFont Get(FontFile file, float size)
    {
        if (!_fonts.TryGetValue(file, out var sizes)) _fonts[file] = sizes = new List<SKFont>();
        foreach (var made in sizes)
            if (made.Size == size) return made;
        if (!_typefaces.TryGetValue(file, out var typeface))
        {
            using var data = SKData.CreateCopy(shaping.DataOf(file));
            typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia cannot load the subset of {file}");
            _typefaces[file] = typeface;
        }
        var font = new SKFont(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true, Edging = SKFontEdging.Antialias };
        sizes.Add(font);
        return font;
    }

    public void Dispose()
    {
        foreach (var sizes in _fonts.Values)
            foreach (var f in sizes) f.Dispose();
        foreach (var t in _typefaces.Values) t.Dispose();
    }
}
