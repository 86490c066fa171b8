using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Theme;
using GoOverview.Rendering.Pdf;
using SkiaSharp;

namespace GoOverview.Pdf.Drawing;

/// <summary>What drawing one page needs: the canvas, the fonts as Skia typefaces, link targets.</summary>
internal sealed class DrawContext(SKCanvas canvas, SkiaFontCache fonts, LinkTargets links, PdfTheme theme)
{
    public SKCanvas Canvas { get; } = canvas;
    public SkiaFontCache Fonts { get; } = fonts;
    public LinkTargets Links { get; } = links;
    public PdfTheme Theme { get; } = theme;


    public void FillRect(float x, float y, float w, float h, RgbColor color)
    {
        using var paint = new SKPaint { Color = SkiaColor.From(color), IsAntialias = true, Style = SKPaintStyle.Fill };
        Canvas.DrawRect(x, y, w, h, paint);
    }

    public void StrokeLine(float x0, float y0, float x1, float y1, float width, RgbColor color)
    {
        using var paint = new SKPaint { Color = SkiaColor.From(color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
        Canvas.DrawLine(x0, y0, x1, y1, paint);
    }
}
