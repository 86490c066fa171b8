using GoOverview.Pdf.Drawing;
using SkiaSharp;

namespace GoOverview.Pdf.Paging;

/// <summary>A raster image (PNG/JPEG kept as encoded data) or an SVG picture, scaled into Width × Height.</summary>
internal sealed class ImageSlice : Slice
{
    public SKImage? Raster { get; init; }
    public SKPicture? Vector { get; init; }
    public float Width { get; init; }

    public override void Draw(DrawContext context, float x, float y) =>
        Paint(context, Raster, Vector, new SKRect(x, y, x + Width, y + Height));

    /// <summary>Draws a raster (kept as its encoded data) or an SVG picture into rect.</summary>
    public static void Paint(DrawContext context, SKImage? raster, SKPicture? vector, SKRect rect)
    {
        var (x, y) = (rect.Left, rect.Top);
        if (raster is not null)
        {
            using var paint = new SKPaint { IsAntialias = true };
            context.Canvas.DrawImage(raster, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
        }
        else if (vector is not null)
        {
            var bounds = vector.CullRect;
            context.Canvas.Save();
            context.Canvas.Translate(x, y);
            if (bounds.Width > 0 && bounds.Height > 0) context.Canvas.Scale(rect.Width / bounds.Width, rect.Height / bounds.Height);
            context.Canvas.Translate(-bounds.Left, -bounds.Top);
            context.Canvas.DrawPicture(vector);
            context.Canvas.Restore();
        }
    }
}
